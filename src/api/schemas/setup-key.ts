import { z } from 'zod';

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
  used_times: z.number().int(),
  last_used: z.string().optional(),
  state: z.string(),
  auto_groups: z.array(z.string()),
  updated_at: z.string().optional(),
  usage_limit: z.number().int(),
  ephemeral: z.boolean().optional(),
  allow_extra_dns_labels: z.boolean().optional(),
});
export type SetupKey = z.infer<typeof setupKeySchema>;

/** CreateSetupKeyRequest: `expires_in` in seconds, 0 = never (we accept what NetBird's server does). */
export const createSetupKeyRequestSchema = z.object({
  name: z.string(),
  type: z.string(),
  expires_in: z.number().int(),
  auto_groups: z.array(z.string()),
  usage_limit: z.number().int(),
  ephemeral: z.boolean().optional(),
  allow_extra_dns_labels: z.boolean().optional(),
});
export type CreateSetupKeyRequest = z.infer<typeof createSetupKeyRequestSchema>;

/** SetupKeyRequest: PUT /api/setup-keys/{keyId}: only revoke and auto groups can change. */
export const setupKeyRequestSchema = z.object({
  revoked: z.boolean(),
  auto_groups: z.array(z.string()),
});
export type SetupKeyRequest = z.infer<typeof setupKeyRequestSchema>;
