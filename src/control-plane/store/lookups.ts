import type { StoreState } from './state';
import type { Store } from './store';

/**
 * StateLookups: what the serializers derive from the store (a peer's and a resource's groups, a
 * network's routers, resources, the policies reaching it and its routing peers). Each table is
 * built on first use in one pass over the store and then answers in constant time, so a list
 * endpoint of a large account (10,000 peers, 1,000 networks) costs one pass, not one per object.
 * Valid for one request: handlers build it after their mutation, right before serializing.
 */
export interface StateLookups {
  /** Group ids holding the peer, in group order. */
  groupsOfPeer(peerId: string): readonly string[];
  /** Group ids holding the resource, in group order. */
  groupsOfResource(resourceId: string): readonly string[];
  /** Router ids of the network, in store order. */
  routersOfNetwork(networkId: string): readonly string[];
  /** Resource ids of the network, in store order. */
  resourcesOfNetwork(networkId: string): readonly string[];
  /** Ids of the policies (enabled or not) whose rules reach the network's resources, in policy order. */
  policiesOfNetwork(networkId: string): readonly string[];
  /** Distinct peers that can serve the network: router peers plus members of router peer groups. */
  routingPeersOfNetwork(networkId: string): ReadonlySet<string>;
}

const NONE: readonly string[] = [];

function append(m: Map<string, string[]>, key: string, value: string): void {
  const list = m.get(key);
  if (list === undefined) m.set(key, [value]);
  // a member listed twice in one group still belongs to it once (groups are visited one at a time)
  else if (list[list.length - 1] !== value) list.push(value);
}

/** lazy: a table computed on first use. */
function lazy<T>(build: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= build());
}

export function stateLookups(state: StoreState): StateLookups {
  const peerGroups = lazy(() => {
    const m = new Map<string, string[]>();
    for (const g of state.groups.values()) for (const p of g.peers) append(m, p, g.id);
    return m;
  });
  const resourceGroups = lazy(() => {
    const m = new Map<string, string[]>();
    for (const g of state.groups.values()) for (const r of g.resources) append(m, r.id, g.id);
    return m;
  });
  const routers = lazy(() => {
    const m = new Map<string, string[]>();
    for (const r of state.routers.values()) append(m, r.network_id, r.id);
    return m;
  });
  const resources = lazy(() => {
    const m = new Map<string, string[]>();
    for (const r of state.resources.values()) append(m, r.network_id, r.id);
    return m;
  });
  const policies = lazy(() => {
    const networkOfResource = new Map<string, string>();
    for (const r of state.resources.values()) networkOfResource.set(r.id, r.network_id);
    const networksOfGroup = new Map<string, Set<string>>();
    for (const g of state.groups.values()) {
      for (const ref of g.resources) {
        const n = networkOfResource.get(ref.id);
        if (n === undefined) continue;
        let set = networksOfGroup.get(g.id);
        if (set === undefined) networksOfGroup.set(g.id, (set = new Set()));
        set.add(n);
      }
    }
    const m = new Map<string, string[]>();
    for (const p of state.policies.values()) {
      const reached = new Set<string>();
      for (const rule of p.rules) {
        const direct = rule.destinationResource ? networkOfResource.get(rule.destinationResource.id) : undefined;
        if (direct !== undefined) reached.add(direct);
        for (const g of rule.destinations ?? []) for (const n of networksOfGroup.get(g) ?? []) reached.add(n);
      }
      for (const n of reached) append(m, n, p.id);
    }
    return m;
  });
  const routingPeers = lazy(() => {
    const m = new Map<string, Set<string>>();
    for (const r of state.routers.values()) {
      let set = m.get(r.network_id);
      if (set === undefined) m.set(r.network_id, (set = new Set()));
      if (r.peer) set.add(r.peer);
      for (const gid of r.peer_groups ?? []) for (const pid of state.groups.get(gid)?.peers ?? []) set.add(pid);
    }
    return m;
  });
  return {
    groupsOfPeer: (id) => peerGroups().get(id) ?? NONE,
    groupsOfResource: (id) => resourceGroups().get(id) ?? NONE,
    routersOfNetwork: (id) => routers().get(id) ?? NONE,
    resourcesOfNetwork: (id) => resources().get(id) ?? NONE,
    policiesOfNetwork: (id) => policies().get(id) ?? NONE,
    routingPeersOfNetwork: (id) => routingPeers().get(id) ?? new Set(),
  };
}

const cached = new WeakMap<Store, { revision: number; state: StoreState; lookups: StateLookups }>();

/**
 * storeLookups: the lookups of the store's current revision, shared by read-only requests (an
 * export lists the resources of a thousand networks one request at a time). Handlers that mutate
 * serialize with fresh lookups instead, so they never see a table from before their own change.
 */
export function storeLookups(store: Store): StateLookups {
  const c = cached.get(store);
  if (c !== undefined && c.revision === store.revision && c.state === store.state) return c.lookups;
  const lookups = stateLookups(store.state);
  cached.set(store, { revision: store.revision, state: store.state, lookups });
  return lookups;
}
