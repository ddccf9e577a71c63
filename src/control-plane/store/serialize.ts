import type {
  Account,
  Group,
  GroupMinimum,
  Network,
  NetworkResource,
  NetworkRouter,
  Peer,
  Policy,
  PolicyRule,
  SetupKey,
} from '@/api/schemas';
import { classifyResourceAddress } from '@/domain/net';
import { stateLookups, type StateLookups } from './lookups';
import type { StoreState } from './state';

/**
 * Serializers: store records → NetBird's response shapes. Everything the API derives (a peer's and
 * a resource's groups, counts, a network's routers/resources/policies, a resource's type, expanded
 * rule sources) is derived here and only here. Serializers of derived fields take the request's
 * StateLookups (built once per request), so listing every object is one pass over the store.
 */
export function groupMinimum(state: StoreState, id: string): GroupMinimum {
  const g = state.groups.get(id);
  if (!g) return { id, name: id, peers_count: 0, resources_count: 0 };
  return { id: g.id, name: g.name, peers_count: g.peers.length, resources_count: g.resources.length, ...(g.issued ? { issued: g.issued } : {}) };
}

export function serializeAccount(state: StoreState): Account {
  return { ...state.account, settings: { ...state.account.settings } };
}

export function serializePeer(state: StoreState, id: string, lookups: StateLookups = stateLookups(state)): Peer {
  const p = state.peers.get(id);
  if (!p) throw new Error(`peer ${id} missing`);
  return {
    ...p.extra,
    id: p.id,
    name: p.name,
    ip: p.ip,
    connected: p.connected,
    os: p.os,
    version: p.version,
    login_expiration_enabled: p.login_expiration_enabled,
    groups: lookups.groupsOfPeer(id).map((g) => groupMinimum(state, g)),
  };
}

export function serializeGroup(state: StoreState, id: string): Group {
  const g = state.groups.get(id);
  if (!g) throw new Error(`group ${id} missing`);
  return {
    ...groupMinimum(state, id),
    peers: g.peers.map((pid) => ({ id: pid, name: state.peers.get(pid)?.name ?? pid })),
    resources: g.resources.map((r) => ({ ...r })),
  };
}

export function serializePolicy(state: StoreState, id: string): Policy {
  const p = state.policies.get(id);
  if (!p) throw new Error(`policy ${id} missing`);
  return {
    id: p.id,
    name: p.name,
    description: p.description,
    enabled: p.enabled,
    source_posture_checks: [...p.source_posture_checks],
    rules: p.rules.map((r): PolicyRule => {
      const { sources, destinations, sourceResource, destinationResource, ...rest } = r;
      return {
        ...rest,
        sources: (sources ?? []).map((g) => groupMinimum(state, g)),
        destinations: (destinations ?? []).map((g) => groupMinimum(state, g)),
        ...(sourceResource ? { sourceResource: { ...sourceResource } } : {}),
        ...(destinationResource ? { destinationResource: { ...destinationResource } } : {}),
      };
    }),
  };
}

export function serializeNetwork(state: StoreState, id: string, lookups: StateLookups = stateLookups(state)): Network {
  const n = state.networks.get(id);
  if (!n) throw new Error(`network ${id} missing`);
  return {
    id: n.id,
    name: n.name,
    description: n.description,
    routers: [...lookups.routersOfNetwork(id)],
    resources: [...lookups.resourcesOfNetwork(id)],
    policies: [...lookups.policiesOfNetwork(id)],
    routing_peers_count: lookups.routingPeersOfNetwork(id).size,
  };
}

export function serializeResource(state: StoreState, id: string, lookups: StateLookups = stateLookups(state)): NetworkResource {
  const r = state.resources.get(id);
  if (!r) throw new Error(`resource ${id} missing`);
  const classified = classifyResourceAddress(r.address);
  return {
    id: r.id,
    type: classified.ok ? classified.value.type : 'host',
    groups: lookups.groupsOfResource(id).map((g) => groupMinimum(state, g)),
    name: r.name,
    description: r.description,
    address: r.address,
    enabled: r.enabled,
  };
}

export function serializeRouter(state: StoreState, id: string): NetworkRouter {
  const r = state.routers.get(id);
  if (!r) throw new Error(`router ${id} missing`);
  return {
    id: r.id,
    ...(r.peer ? { peer: r.peer } : {}),
    ...(r.peer_groups ? { peer_groups: [...r.peer_groups] } : {}),
    metric: r.metric,
    masquerade: r.masquerade,
    enabled: r.enabled,
  };
}

export function serializeSetupKey(state: StoreState, id: string, now: Date): SetupKey {
  const k = state.setupKeys.get(id);
  if (!k) throw new Error(`setup key ${id} missing`);
  const expired = !k.expires.startsWith('0001-') && new Date(k.expires).getTime() <= now.getTime();
  const overused = k.type === 'one-off' ? k.used_times >= 1 : k.usage_limit > 0 && k.used_times >= k.usage_limit;
  const state_ = k.revoked ? 'revoked' : expired ? 'expired' : overused ? 'overused' : 'valid';
  return {
    id: k.id,
    key: k.masked_key,
    name: k.name,
    expires: k.expires,
    type: k.type,
    valid: state_ === 'valid',
    revoked: k.revoked,
    used_times: k.used_times,
    last_used: k.last_used,
    state: state_,
    auto_groups: [...k.auto_groups],
    updated_at: k.updated_at,
    usage_limit: k.usage_limit,
    ephemeral: k.ephemeral,
    allow_extra_dns_labels: k.allow_extra_dns_labels,
  };
}
