import * as z from './zod';

export const setupKeyTypeSchema = z.enum(['reusable', 'one-off']);
export type SetupKeyType = z.infer<typeof setupKeyTypeSchema>;

/**
 * SetupKey: GET /api/setup-keys. The server returns the plain key only in the create response;
 * listings carry a masked key.
 */
export const setupKeySchema = z.looseObject({
  id: z.string(),
  key: z.string(),
  name: z.string(),
  expires: z.string(),
  type: z.string(),
  valid: z.boolean(),
  revoked: z.boolean(),
  used_times: z.int(),
  last_used: z.optional(z.string()),
  state: z.string(),
  auto_groups: z.array(z.string()),
  updated_at: z.optional(z.string()),
  usage_limit: z.int(),
  ephemeral: z.optional(z.boolean()),
  allow_extra_dns_labels: z.optional(z.boolean()),
});
export type SetupKey = z.infer<typeof setupKeySchema>;

/** CreateSetupKeyRequest: `expires_in` in seconds, 0 = never (we accept what NetBird's server does). */
export const createSetupKeyRequestSchema = z.object({
  name: z.string(),
  type: z.string(),
  expires_in: z.int(),
  auto_groups: z.array(z.string()),
  usage_limit: z.int(),
  ephemeral: z.optional(z.boolean()),
  allow_extra_dns_labels: z.optional(z.boolean()),
});
export type CreateSetupKeyRequest = z.infer<typeof createSetupKeyRequestSchema>;

/** SetupKeyRequest: PUT /api/setup-keys/{keyId}: only revoke and auto groups can change. */
export const setupKeyRequestSchema = z.object({
  revoked: z.boolean(),
  auto_groups: z.array(z.string()),
});
export type SetupKeyRequest = z.infer<typeof setupKeyRequestSchema>;
