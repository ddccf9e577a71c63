import { z } from 'zod';
import { groupMinimumSchema } from './common';

/** Peer: GET /api/peers. Fields the console does not rely on are optional, so older servers parse too. */
export const peerSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  ip: z.string(),
  ipv6: z.string().optional(),
  connection_ip: z.string().optional(),
  connected: z.boolean(),
  last_seen: z.string().optional(),
  os: z.string(),
  kernel_version: z.string().optional(),
  version: z.string(),
  groups: z.array(groupMinimumSchema),
  ssh_enabled: z.boolean().optional(),
  user_id: z.string().optional(),
  hostname: z.string().optional(),
  ui_version: z.string().optional(),
  dns_label: z.string().optional(),
  login_expiration_enabled: z.boolean(),
  login_expired: z.boolean().optional(),
  last_login: z.string().optional(),
  inactivity_expiration_enabled: z.boolean().optional(),
  approval_required: z.boolean().optional(),
  country_code: z.string().optional(),
  city_name: z.string().optional(),
  serial_number: z.string().optional(),
  extra_dns_labels: z.array(z.string()).optional(),
  ephemeral: z.boolean().optional(),
  created_at: z.string().optional(),
  accessible_peers_count: z.number().int().optional(),
});
export type Peer = z.infer<typeof peerSchema>;

/** PeerRequest: PUT /api/peers/{peerId}. */
export const peerRequestSchema = z.object({
  name: z.string(),
  ssh_enabled: z.boolean(),
  login_expiration_enabled: z.boolean(),
  inactivity_expiration_enabled: z.boolean(),
  approval_required: z.boolean().optional(),
});
export type PeerRequest = z.infer<typeof peerRequestSchema>;
