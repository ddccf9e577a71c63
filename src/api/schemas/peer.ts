import * as z from './zod';
import { groupMinimumSchema } from './common';

/** Peer: GET /api/peers. Fields the console does not rely on are optional, so older servers parse too. */
export const peerSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  ip: z.string(),
  ipv6: z.optional(z.string()),
  connection_ip: z.optional(z.string()),
  connected: z.boolean(),
  last_seen: z.optional(z.string()),
  os: z.string(),
  kernel_version: z.optional(z.string()),
  version: z.string(),
  groups: z.array(groupMinimumSchema),
  ssh_enabled: z.optional(z.boolean()),
  user_id: z.optional(z.string()),
  hostname: z.optional(z.string()),
  ui_version: z.optional(z.string()),
  dns_label: z.optional(z.string()),
  login_expiration_enabled: z.boolean(),
  login_expired: z.optional(z.boolean()),
  last_login: z.optional(z.string()),
  inactivity_expiration_enabled: z.optional(z.boolean()),
  approval_required: z.optional(z.boolean()),
  country_code: z.optional(z.string()),
  city_name: z.optional(z.string()),
  serial_number: z.optional(z.string()),
  extra_dns_labels: z.optional(z.array(z.string())),
  ephemeral: z.optional(z.boolean()),
  created_at: z.optional(z.string()),
  accessible_peers_count: z.optional(z.int()),
});
export type Peer = z.infer<typeof peerSchema>;

/** PeerRequest: PUT /api/peers/{peerId}. */
export const peerRequestSchema = z.object({
  name: z.string(),
  ssh_enabled: z.boolean(),
  login_expiration_enabled: z.boolean(),
  inactivity_expiration_enabled: z.boolean(),
  approval_required: z.optional(z.boolean()),
});
export type PeerRequest = z.infer<typeof peerRequestSchema>;
