import { z } from 'zod';

export const accountSettingsSchema = z.looseObject({
  peer_login_expiration_enabled: z.boolean(),
  peer_login_expiration: z.number().int(),
  peer_inactivity_expiration_enabled: z.boolean(),
  peer_inactivity_expiration: z.number().int(),
  regular_users_view_blocked: z.boolean(),
  groups_propagation_enabled: z.boolean().optional(),
  jwt_groups_enabled: z.boolean().optional(),
  jwt_groups_claim_name: z.string().optional(),
  jwt_allow_groups: z.array(z.string()).optional(),
  routing_peer_dns_resolution_enabled: z.boolean().optional(),
  dns_domain: z.string().optional(),
  network_range: z.string().optional(),
  network_range_v6: z.string().optional(),
  peer_expose_enabled: z.boolean().optional(),
  peer_expose_groups: z.array(z.string()).optional(),
  lazy_connection_enabled: z.boolean().optional(),
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
