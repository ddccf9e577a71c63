import * as z from './zod';

export const accountSettingsSchema = z.looseObject({
  peer_login_expiration_enabled: z.boolean(),
  peer_login_expiration: z.int(),
  peer_inactivity_expiration_enabled: z.boolean(),
  peer_inactivity_expiration: z.int(),
  regular_users_view_blocked: z.boolean(),
  groups_propagation_enabled: z.optional(z.boolean()),
  jwt_groups_enabled: z.optional(z.boolean()),
  jwt_groups_claim_name: z.optional(z.string()),
  jwt_allow_groups: z.optional(z.array(z.string())),
  routing_peer_dns_resolution_enabled: z.optional(z.boolean()),
  dns_domain: z.optional(z.string()),
  network_range: z.optional(z.string()),
  network_range_v6: z.optional(z.string()),
  peer_expose_enabled: z.optional(z.boolean()),
  peer_expose_groups: z.optional(z.array(z.string())),
  lazy_connection_enabled: z.optional(z.boolean()),
});
export type AccountSettings = z.infer<typeof accountSettingsSchema>;

export const accountSchema = z.looseObject({
  id: z.string(),
  settings: accountSettingsSchema,
  domain: z.string(),
  domain_category: z.string(),
  created_at: z.string(),
  created_by: z.string(),
});
export type Account = z.infer<typeof accountSchema>;

/** AccountRequest: PUT /api/accounts/{accountId}. */
export const accountRequestSchema = z.object({ settings: accountSettingsSchema });
export type AccountRequest = z.infer<typeof accountRequestSchema>;
