import { classifyResourceAddress } from '@/domain/net';
import type { SnapAction, SnapLabPeer, SnapPolicyRule, SnapProtocol, SnapResourceType, Snapshot } from '@/domain/snapshot';

/**
 * snapshotBuilder: small account snapshots for tests, written the way the docs describe a setup
 * ("a routing peer in group routers, a resource 10.10.0.0/16 in group office, Engineers → office").
 * Groups are created by naming them (id = name), peers and resources join them from their own
 * side, and the result carries every field NetBird's API returns, so the same fixture feeds the
 * domain, the zod schemas and the CLI.
 */

export interface PeerSpec {
  id?: string;
  ip?: string;
  ipv6?: string;
  groups?: string[];
  /** API `connected`; default true. */
  connected?: boolean;
  /** Lab liveness, overriding `connected` when set. */
  online?: boolean;
  os?: string;
  version?: string;
  lanIp?: string;
  failureDomain?: string;
  /** Lab latency from this peer to others, by peer id. */
  latencyMs?: Record<string, number>;
}

export interface RouterSpec {
  id?: string;
  /** Peer id or name. */
  peer?: string;
  peerGroups?: string[];
  metric?: number;
  masquerade?: boolean;
  enabled?: boolean;
}

export interface ResourceSpec {
  id: string;
  address: string;
  name?: string;
  groups?: string[];
  enabled?: boolean;
}

export interface NetworkSpec {
  name?: string;
  routers?: RouterSpec[];
  resources?: ResourceSpec[];
}

export interface RuleSpec {
  name?: string;
  sources?: string[];
  destinations?: string[];
  /** Source peer (id or name), as a rule's sourceResource of type peer. */
  sourcePeer?: string;
  /** Destination resource id, as a rule's destinationResource. */
  destinationResource?: string;
  /** Destination peer (id or name), as a rule's destinationResource of type peer. */
  destinationPeer?: string;
  protocol?: SnapProtocol;
  ports?: string[];
  portRanges?: { start: number; end: number }[];
  action?: SnapAction;
  bidirectional?: boolean;
  enabled?: boolean;
}

export interface PolicySpec extends RuleSpec {
  id?: string;
  /** Several rules; when set, the rule fields of the policy itself are ignored. */
  rules?: RuleSpec[];
}

export interface RouteSpec {
  id?: string;
  network?: string;
  domains?: string[];
  peer?: string;
  peerGroups?: string[];
  /** Distribution groups. */
  groups: string[];
  acl?: string[];
  metric?: number;
  masquerade?: boolean;
  enabled?: boolean;
  skipAutoApply?: boolean;
  keepRoute?: boolean;
}

/** WireSnapshot: a Snapshot that also carries every field the API's zod schema requires. */
export type WireSnapshot = Snapshot & { format: 'nbrc-account/1' };

interface State {
  peers: { name: string; spec: PeerSpec; id: string; ip: string }[];
  groups: string[];
  networks: { id: string; spec: NetworkSpec }[];
  policies: { name: string; spec: PolicySpec }[];
  routes: { networkId: string; spec: RouteSpec }[];
  dns: Record<string, string[]>;
  rpdr: boolean | undefined;
}

export interface SnapshotBuilder {
  peer(name: string, spec?: PeerSpec): SnapshotBuilder;
  group(name: string): SnapshotBuilder;
  network(id: string, spec: NetworkSpec): SnapshotBuilder;
  policy(name: string, spec: PolicySpec): SnapshotBuilder;
  route(networkId: string, spec: RouteSpec): SnapshotBuilder;
  /** An exit node: a 0.0.0.0/0 route (or ::/0 with `network`). */
  exitNode(networkId: string, spec: RouteSpec): SnapshotBuilder;
  dns(name: string, answers: string[]): SnapshotBuilder;
  routingPeerDnsResolution(enabled: boolean): SnapshotBuilder;
  build(): WireSnapshot;
}

export function snapshotBuilder(): SnapshotBuilder {
  const s: State = { peers: [], groups: [], networks: [], policies: [], routes: [], dns: {}, rpdr: undefined };
  const addGroup = (g: string) => {
    if (!s.groups.includes(g)) s.groups.push(g);
  };
  const b: SnapshotBuilder = {
    peer(name, spec = {}) {
      const n = s.peers.length + 1;
      s.peers.push({ name, spec, id: spec.id ?? name, ip: spec.ip ?? `100.64.${Math.floor(n / 250)}.${(n % 250) + 1}` });
      for (const g of spec.groups ?? []) addGroup(g);
      return b;
    },
    group(name) {
      addGroup(name);
      return b;
    },
    network(id, spec) {
      s.networks.push({ id, spec });
      for (const r of spec.resources ?? []) for (const g of r.groups ?? []) addGroup(g);
      for (const r of spec.routers ?? []) for (const g of r.peerGroups ?? []) addGroup(g);
      return b;
    },
    policy(name, spec) {
      s.policies.push({ name, spec });
      for (const r of spec.rules ?? [spec]) for (const g of [...(r.sources ?? []), ...(r.destinations ?? [])]) addGroup(g);
      return b;
    },
    route(networkId, spec) {
      s.routes.push({ networkId, spec });
      for (const g of [...spec.groups, ...(spec.acl ?? []), ...(spec.peerGroups ?? [])]) addGroup(g);
      return b;
    },
    exitNode(networkId, spec) {
      return b.route(networkId, { ...spec, network: spec.network ?? '0.0.0.0/0' });
    },
    dns(name, answers) {
      s.dns[name] = answers;
      return b;
    },
    routingPeerDnsResolution(enabled) {
      s.rpdr = enabled;
      return b;
    },
    build: () => buildWire(s),
  };
  return b;
}

function buildWire(s: State): WireSnapshot {
  const peerId = (ref: string) => s.peers.find((p) => p.id === ref || p.name === ref)?.id ?? ref;
  const resourceType = new Map<string, SnapResourceType>();
  const groupPeers = new Map<string, { id: string; name: string }[]>(s.groups.map((g) => [g, []]));
  const groupResources = new Map<string, { id: string; type: SnapResourceType }[]>(s.groups.map((g) => [g, []]));
  for (const p of s.peers) for (const g of p.spec.groups ?? []) groupPeers.get(g)?.push({ id: p.id, name: p.name });
  const networkResources: Record<string, unknown[]> = {};
  const networkRouters: Record<string, unknown[]> = {};
  for (const n of s.networks) {
    networkResources[n.id] = (n.spec.resources ?? []).map((r) => {
      const classified = classifyResourceAddress(r.address);
      const type: SnapResourceType = classified.ok ? classified.value.type : 'host';
      const address = classified.ok ? classified.value.address : r.address;
      resourceType.set(r.id, type);
      for (const g of r.groups ?? []) groupResources.get(g)?.push({ id: r.id, type });
      return { id: r.id, type, name: r.name ?? r.id, description: '', address, enabled: r.enabled ?? true, groups: (r.groups ?? []).map(groupMin) };
    });
    networkRouters[n.id] = (n.spec.routers ?? []).map((r, i) => ({
      id: r.id ?? `${n.id}-router-${i + 1}`,
      ...(r.peer !== undefined ? { peer: peerId(r.peer) } : {}),
      peer_groups: r.peerGroups ?? null,
      metric: r.metric ?? 100,
      masquerade: r.masquerade ?? true,
      enabled: r.enabled ?? true,
    }));
  }
  function groupMin(g: string) {
    return { id: g, name: g, peers_count: groupPeers.get(g)?.length ?? 0, resources_count: groupResources.get(g)?.length ?? 0 };
  }
  const rule = (policyName: string, r: RuleSpec, i: number): SnapPolicyRule & { description: string } => ({
    id: `${policyName}-rule-${i + 1}`,
    name: r.name ?? policyName,
    description: '',
    enabled: r.enabled ?? true,
    action: r.action ?? 'accept',
    bidirectional: r.bidirectional ?? false,
    protocol: r.protocol ?? 'all',
    ports: r.ports ?? null,
    port_ranges: r.portRanges ?? null,
    sources: (r.sources ?? []).map(groupMin),
    destinations: (r.destinations ?? []).map(groupMin),
    sourceResource: r.sourcePeer !== undefined ? { id: peerId(r.sourcePeer), type: 'peer' } : null,
    destinationResource:
      r.destinationPeer !== undefined
        ? { id: peerId(r.destinationPeer), type: 'peer' }
        : r.destinationResource !== undefined
          ? { id: r.destinationResource, type: resourceType.get(r.destinationResource) ?? 'host' }
          : null,
  });
  const lab: Record<string, SnapLabPeer> = {};
  for (const p of s.peers) {
    const l: { online?: boolean; failure_domain?: string; lan_ip?: string; latency_ms?: Record<string, number> } = {};
    if (p.spec.online !== undefined) l.online = p.spec.online;
    if (p.spec.failureDomain !== undefined) l.failure_domain = p.spec.failureDomain;
    if (p.spec.lanIp !== undefined) l.lan_ip = p.spec.lanIp;
    if (p.spec.latencyMs !== undefined) l.latency_ms = Object.fromEntries(Object.entries(p.spec.latencyMs).map(([k, v]) => [peerId(k), v]));
    if (Object.keys(l).length > 0) lab[p.id] = l;
  }
  const wire = {
    format: 'nbrc-account/1' as const,
    account: {
      id: 'acc-test',
      domain: 'example.com',
      domain_category: 'private',
      created_at: '2025-01-01T00:00:00Z',
      created_by: 'test',
      settings: {
        peer_login_expiration_enabled: false,
        peer_login_expiration: 86400,
        peer_inactivity_expiration_enabled: false,
        peer_inactivity_expiration: 600,
        regular_users_view_blocked: true,
        ...(s.rpdr !== undefined ? { routing_peer_dns_resolution_enabled: s.rpdr } : {}),
      },
    },
    peers: s.peers.map((p) => ({
      id: p.id,
      name: p.name,
      ip: p.ip,
      ...(p.spec.ipv6 !== undefined ? { ipv6: p.spec.ipv6 } : {}),
      connected: p.spec.connected ?? true,
      os: p.spec.os ?? 'linux',
      version: p.spec.version ?? '0.60.0',
      groups: (p.spec.groups ?? []).map(groupMin),
      login_expiration_enabled: false,
      hostname: p.name,
    })),
    groups: s.groups.map((g) => ({ ...groupMin(g), peers: groupPeers.get(g) ?? [], resources: groupResources.get(g) ?? [] })),
    policies: s.policies.map(({ name, spec }) => ({
      id: spec.id ?? name,
      name,
      description: '',
      enabled: spec.enabled ?? true,
      source_posture_checks: [],
      // a one-rule policy's `enabled` belongs to the policy, not to its rule
      rules: (spec.rules ?? [{ ...spec, enabled: true }]).map((r, i) => rule(name, r, i)),
    })),
    routes: s.routes.map(({ networkId, spec }, i) => ({
      id: spec.id ?? `${networkId}-route-${i + 1}`,
      network_id: networkId,
      description: '',
      network_type: spec.domains !== undefined ? ('Domain' as const) : spec.network?.includes(':') === true ? ('IPv6' as const) : ('IPv4' as const),
      enabled: spec.enabled ?? true,
      ...(spec.peer !== undefined ? { peer: peerId(spec.peer) } : {}),
      peer_groups: spec.peerGroups ?? null,
      ...(spec.domains !== undefined ? { domains: spec.domains } : { network: spec.network ?? '' }),
      metric: spec.metric ?? 100,
      masquerade: spec.masquerade ?? true,
      groups: spec.groups,
      keep_route: spec.keepRoute ?? false,
      access_control_groups: spec.acl ?? null,
      ...(spec.skipAutoApply !== undefined ? { skip_auto_apply: spec.skipAutoApply } : {}),
    })),
    networks: s.networks.map((n) => ({
      id: n.id,
      name: n.spec.name ?? n.id,
      description: '',
      routers: (networkRouters[n.id] ?? []).map((r) => (r as { id: string }).id),
      resources: (n.spec.resources ?? []).map((r) => r.id),
      policies: [] as string[],
      routing_peers_count: (n.spec.routers ?? []).length,
    })),
    network_resources: networkResources as unknown as Snapshot['network_resources'],
    network_routers: networkRouters as unknown as Snapshot['network_routers'],
    nameservers: [],
    dns_settings: { disabled_management_groups: [] },
    setup_keys: [],
    lab: { peers: lab, dns: s.dns },
  };
  return wire;
}
