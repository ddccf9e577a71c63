import { SNAPSHOT_FORMAT, type AccountSnapshot, type Peer } from '@/api/schemas';
import {
  serializeAccount,
  serializeGroup,
  serializeNetwork,
  serializePeer,
  serializePolicy,
  serializeResource,
  serializeRouter,
  serializeSetupKey,
} from './serialize';
import { stateLookups } from './lookups';
import { ZERO_TIME, type PeerRecord, type SetupKeyRecord, type StoreState } from './state';

/**
 * Snapshot ⇄ store. A snapshot holds exactly what the API returns (ARCHITECTURE.md), so
 * `toSnapshot(fromSnapshot(s))` reproduces `s`, and an account exported from any management API can
 * be served offline with `nbrc serve --seed`.
 */
export function snapshotFromState(state: StoreState, now: Date = new Date()): AccountSnapshot {
  const lookups = stateLookups(state);
  const network_resources: AccountSnapshot['network_resources'] = {};
  const network_routers: AccountSnapshot['network_routers'] = {};
  for (const n of state.networks.values()) {
    network_resources[n.id] = [];
    network_routers[n.id] = [];
  }
  for (const r of state.resources.values()) network_resources[r.network_id]?.push(serializeResource(state, r.id, lookups));
  for (const r of state.routers.values()) network_routers[r.network_id]?.push(serializeRouter(state, r.id));
  return {
    format: SNAPSHOT_FORMAT,
    account: serializeAccount(state),
    peers: [...state.peers.keys()].map((id) => serializePeer(state, id, lookups)),
    groups: [...state.groups.keys()].map((id) => serializeGroup(state, id)),
    policies: [...state.policies.keys()].map((id) => serializePolicy(state, id)),
    routes: [...state.routes.values()].map((r) => structuredClone(r)),
    networks: [...state.networks.keys()].map((id) => serializeNetwork(state, id, lookups)),
    network_resources,
    network_routers,
    nameservers: [...state.nameservers.values()].map((n) => structuredClone(n)),
    dns_settings: structuredClone(state.dnsSettings),
    setup_keys: [...state.setupKeys.keys()].map((id) => serializeSetupKey(state, id, now)),
    lab: structuredClone(state.lab),
  };
}

const PEER_CORE = new Set(['id', 'name', 'ip', 'connected', 'os', 'version', 'login_expiration_enabled', 'groups']);

function peerRecord(p: Peer): PeerRecord {
  const extra: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(p)) if (!PEER_CORE.has(k)) extra[k] = v;
  return { id: p.id, name: p.name, ip: p.ip, connected: p.connected, os: p.os, version: p.version, login_expiration_enabled: p.login_expiration_enabled, extra };
}

export function stateFromSnapshot(s: AccountSnapshot): StoreState {
  const { settings, ...account } = s.account;
  const state: StoreState = {
    account: {
      id: account.id,
      domain: account.domain,
      domain_category: account.domain_category,
      created_at: account.created_at,
      created_by: account.created_by,
      settings: structuredClone(settings),
    },
    peers: new Map(s.peers.map((p) => [p.id, peerRecord(p)])),
    groups: new Map(
      s.groups.map((g) => [
        g.id,
        {
          id: g.id,
          name: g.name,
          ...(g.issued ? { issued: g.issued } : {}),
          peers: g.peers.map((p) => p.id),
          resources: g.resources.map((r) => ({ id: r.id, type: r.type })),
        },
      ]),
    ),
    policies: new Map(
      s.policies.map((p, pi) => [
        p.id,
        {
          id: p.id,
          name: p.name,
          description: p.description ?? '',
          enabled: p.enabled,
          source_posture_checks: [...p.source_posture_checks],
          rules: p.rules.map((r, ri) => {
            const { sources, destinations, sourceResource, destinationResource, id, ...rest } = r;
            return {
              ...rest,
              id: id ?? `${p.id || pi}-rule-${ri}`,
              sources: sources.map((g) => g.id),
              destinations: destinations.map((g) => g.id),
              ...(sourceResource ? { sourceResource } : {}),
              ...(destinationResource ? { destinationResource } : {}),
            };
          }),
        },
      ]),
    ),
    routes: new Map(s.routes.map((r) => [r.id, structuredClone(r)])),
    networks: new Map(s.networks.map((n) => [n.id, { id: n.id, name: n.name, description: n.description ?? '' }])),
    resources: new Map(),
    routers: new Map(),
    nameservers: new Map(s.nameservers.map((n) => [n.id, structuredClone(n)])),
    dnsSettings: structuredClone(s.dns_settings),
    setupKeys: new Map(s.setup_keys.map((k) => [k.id, setupKeyRecord(k)])),
    lab: structuredClone(s.lab ?? {}),
  };
  // the group side's resource ids, so checking the resource side costs one lookup, not a scan of the group
  const groupResourceIds = new Map<string, Set<string>>();
  for (const g of state.groups.values()) groupResourceIds.set(g.id, new Set(g.resources.map((r) => r.id)));
  for (const [networkId, resources] of Object.entries(s.network_resources)) {
    for (const r of resources) {
      state.resources.set(r.id, { id: r.id, network_id: networkId, name: r.name, description: r.description ?? '', address: r.address, enabled: r.enabled });
      // A snapshot from a server lists membership on both sides; make sure the group side has it.
      for (const g of r.groups) {
        const group = state.groups.get(g.id);
        const ids = groupResourceIds.get(g.id);
        if (group && ids && !ids.has(r.id)) {
          group.resources.push({ id: r.id, type: r.type });
          ids.add(r.id);
        }
      }
    }
  }
  for (const [networkId, routers] of Object.entries(s.network_routers)) {
    for (const r of routers) {
      state.routers.set(r.id, {
        id: r.id,
        network_id: networkId,
        ...(r.peer ? { peer: r.peer } : {}),
        ...(r.peer_groups && r.peer_groups.length > 0 ? { peer_groups: [...r.peer_groups] } : {}),
        metric: r.metric,
        masquerade: r.masquerade,
        enabled: r.enabled,
      });
    }
  }
  return state;
}

function setupKeyRecord(k: AccountSnapshot['setup_keys'][number]): SetupKeyRecord {
  return {
    id: k.id,
    name: k.name,
    masked_key: k.key,
    type: k.type === 'one-off' ? 'one-off' : 'reusable',
    expires: k.expires || ZERO_TIME,
    revoked: k.revoked,
    used_times: k.used_times,
    last_used: k.last_used ?? ZERO_TIME,
    auto_groups: [...k.auto_groups],
    updated_at: k.updated_at ?? ZERO_TIME,
    usage_limit: k.usage_limit,
    ephemeral: k.ephemeral ?? false,
    allow_extra_dns_labels: k.allow_extra_dns_labels ?? false,
  };
}
