import * as z from './zod';
import { accountSchema } from './account';
import { dnsSettingsSchema, nameserverGroupSchema } from './dns';
import { groupSchema } from './group';
import { networkResourceSchema, networkRouterSchema, networkSchema } from './network';
import { peerSchema } from './peer';
import { policySchema } from './policy';
import { routeSchema } from './route';
import { setupKeySchema } from './setup-key';

/**
 * Lab data: what the management API does not know (simulator liveness, failure domains, LAN
 * addresses, connections and latencies with noise, DNS answers). Everything is optional; defaults:
 * a peer is online when its `connected` is true, connections are direct, latencies are equal and
 * noiseless, no failure domain, no LAN IP, one TCP flow per route.
 */
export const labPeerSchema = z.object({
  online: z.optional(z.boolean()),
  failure_domain: z.optional(z.string()),
  lan_ip: z.optional(z.string()),
  latency_ms: z.optional(z.record(z.string(), z.number())),
  /** Standard deviation of the latency samples to each peer, in ms (the simulator's noise). */
  latency_noise_ms: z.optional(z.record(z.string(), z.number().check(z.minimum(0)))),
  /** Connection to each peer: direct (P2P), relayed, or idle (lazy connection); default direct. */
  connection: z.optional(z.record(z.string(), z.enum(['direct', 'relayed', 'idle']))),
  /** Established TCP flows the peer keeps through each route it uses; a switch resets them. Default 1. */
  tcp_flows: z.optional(z.int().check(z.minimum(0))),
});
export type LabPeer = z.infer<typeof labPeerSchema>;

export const labSchema = z.object({
  peers: z.optional(z.record(z.string(), labPeerSchema)),
  dns: z.optional(z.record(z.string(), z.array(z.string()))),
});
export type Lab = z.infer<typeof labSchema>;

export const SNAPSHOT_FORMAT = 'nbrc-account/1';

/** AccountSnapshot: `nbrc-account/1`, values exactly as the API returns them, grouped by path. */
export const accountSnapshotSchema = z.object({
  format: z.literal(SNAPSHOT_FORMAT),
  account: accountSchema,
  peers: z.array(peerSchema),
  groups: z.array(groupSchema),
  policies: z.array(policySchema),
  routes: z.array(routeSchema),
  networks: z.array(networkSchema),
  network_resources: z.record(z.string(), z.array(networkResourceSchema)),
  network_routers: z.record(z.string(), z.array(networkRouterSchema)),
  nameservers: z.array(nameserverGroupSchema),
  dns_settings: dnsSettingsSchema,
  setup_keys: z.array(setupKeySchema),
  lab: z.optional(labSchema),
});
export type AccountSnapshot = z.infer<typeof accountSnapshotSchema>;
