import type { SnapResourceRef, SnapRoute, SnapRouter } from '@/domain/snapshot';
import type { Site } from './catalog';
import type { Rng } from './prng';

/**
 * plan: the generated account before it is turned into API values. Membership lives on the group
 * (as in the control plane's store); a peer's and a resource's `groups`, counts and a network's
 * derived lists are computed once at the end (account-wire.ts), so they cannot disagree.
 */
export type PeerRole = 'device' | 'server' | 'router';

export interface PlanPeer {
  id: string;
  name: string;
  ip: string;
  role: PeerRole;
  site: Site;
  os: string;
  kernel: string;
  version: string;
  connected: boolean;
  loginExpiration: boolean;
  user: string;
  lastSeen: string;
  serial: string;
}

export type GroupKind = 'all' | 'routers' | 'team' | 'servers' | 'resources';

export interface PlanGroup {
  id: string;
  name: string;
  kind: GroupKind;
  issued: 'api' | 'jwt' | 'integration';
  /** The site of a routers or servers group. */
  site: Site | null;
  peers: string[];
  resources: SnapResourceRef[];
}

export type NetworkKind = 'ip' | 'domain' | 'mixed';

export interface PlanResource {
  id: string;
  name: string;
  description: string;
  address: string;
  type: 'host' | 'subnet' | 'domain';
  enabled: boolean;
}

export interface PlanNetwork {
  id: string;
  name: string;
  description: string;
  site: Site;
  kind: NetworkKind;
  /** First address of the network's 10.x.y.0/20 block, as a 32-bit number. */
  block: number;
  resources: PlanResource[];
  routers: SnapRouter[];
}

export interface PlanRule {
  name: string;
  enabled: boolean;
  action: 'accept' | 'drop';
  bidirectional: boolean;
  protocol: 'all' | 'tcp' | 'udp' | 'icmp' | 'netbird-ssh';
  ports?: string[];
  port_ranges?: { start: number; end: number }[];
  /** Group ids; empty when the rule names a resource instead. */
  sources: string[];
  destinations: string[];
  destinationResource?: SnapResourceRef;
}

export interface PlanPolicy {
  id: string;
  name: string;
  description: string;
  enabled: boolean;
  rules: PlanRule[];
}

export interface AccountPlan {
  rng: Rng;
  sites: Site[];
  peers: PlanPeer[];
  groups: PlanGroup[];
  networks: PlanNetwork[];
  routes: SnapRoute[];
  policies: PlanPolicy[];
  /** Routing peers of each site, by site index. */
  routingPeers: PlanPeer[][];
  /** The routers group of each site, by site index. */
  routerGroups: PlanGroup[];
  lab: { peers: Record<string, { online?: boolean; failure_domain?: string; lan_ip?: string; latency_ms?: Record<string, number> }>; dns: Record<string, string[]> };
}

/** pad: fixed-width decimal ids, so ids sort in creation order. */
export const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** ipv4: dotted text of a 32-bit number. */
export const ipv4 = (n: number): string => `${(n >>> 24) & 255}.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}`;

/** uniqueNamer: `base`, then `base-2`, `base-3`, ... skipping names already given (names of one kind are unique). */
export function uniqueNamer(): (base: string) => string {
  const used = new Set<string>();
  const next = new Map<string, number>();
  return (base) => {
    let n = next.get(base) ?? 1;
    let name = n === 1 ? base : `${base}-${n}`;
    while (used.has(name)) name = `${base}-${++n}`;
    next.set(base, n + 1);
    used.add(name);
    return name;
  };
}
