import type { SnapGroup, SnapLabPeer, SnapNetwork, SnapPeer, SnapPolicy, SnapResource, SnapRoute, SnapRouter, Snapshot } from './snapshot';

/**
 * AccountIndex: the lookups every analysis needs (group → peers, resource → network, peer by IP,
 * router → the distinct peers it stands for), built once per snapshot in linear time so lint,
 * trace and the access matrix never scan the account inside a loop.
 */
export interface IndexedResource extends SnapResource {
  network_id: string;
}

export interface IndexedRouter extends SnapRouter {
  network_id: string;
}

export interface AccountIndex {
  snapshot: Snapshot;
  peers: ReadonlyMap<string, SnapPeer>;
  peerByIp: ReadonlyMap<string, SnapPeer>;
  peerByName: ReadonlyMap<string, SnapPeer>;
  groups: ReadonlyMap<string, SnapGroup>;
  groupByName: ReadonlyMap<string, SnapGroup>;
  policies: ReadonlyMap<string, SnapPolicy>;
  routes: ReadonlyMap<string, SnapRoute>;
  networks: ReadonlyMap<string, SnapNetwork>;
  resources: ReadonlyMap<string, IndexedResource>;
  routers: ReadonlyMap<string, IndexedRouter>;
  /** Peer ids of each group. */
  groupPeers: ReadonlyMap<string, ReadonlySet<string>>;
  /** Resource ids of each group (from group.resources and resource.groups alike). */
  groupResources: ReadonlyMap<string, ReadonlySet<string>>;
  /** Group ids of each peer. */
  peerGroups: ReadonlyMap<string, ReadonlySet<string>>;
  /** Group ids of each resource. */
  resourceGroups: ReadonlyMap<string, ReadonlySet<string>>;
  resourcesOfNetwork: ReadonlyMap<string, readonly IndexedResource[]>;
  routersOfNetwork: ReadonlyMap<string, readonly IndexedRouter[]>;
  lab(peerId: string): SnapLabPeer;
}

const EMPTY_SET: ReadonlySet<string> = new Set();

export function buildAccountIndex(snapshot: Snapshot): AccountIndex {
  const peers = new Map<string, SnapPeer>();
  const peerByIp = new Map<string, SnapPeer>();
  const peerByName = new Map<string, SnapPeer>();
  for (const p of snapshot.peers) {
    peers.set(p.id, p);
    peerByIp.set(p.ip, p);
    if (p.ipv6) peerByIp.set(p.ipv6, p);
    peerByName.set(p.name, p);
  }

  const groups = new Map<string, SnapGroup>();
  const groupByName = new Map<string, SnapGroup>();
  const groupPeers = new Map<string, Set<string>>();
  const groupResources = new Map<string, Set<string>>();
  const peerGroups = new Map<string, Set<string>>();
  const resourceGroups = new Map<string, Set<string>>();
  const add = (m: Map<string, Set<string>>, k: string, v: string) => {
    let s = m.get(k);
    if (!s) m.set(k, (s = new Set()));
    s.add(v);
  };
  for (const g of snapshot.groups) {
    groups.set(g.id, g);
    groupByName.set(g.name, g);
    groupPeers.set(g.id, new Set());
    groupResources.set(g.id, new Set());
    for (const p of g.peers) {
      add(groupPeers, g.id, p.id);
      add(peerGroups, p.id, g.id);
    }
    for (const r of g.resources) {
      if (r.type === 'peer') {
        add(groupPeers, g.id, r.id);
        add(peerGroups, r.id, g.id);
      } else {
        add(groupResources, g.id, r.id);
        add(resourceGroups, r.id, g.id);
      }
    }
  }
  // A peer's own `groups` list is the same membership seen from the peer: honour both sides.
  for (const p of snapshot.peers) {
    for (const g of p.groups) {
      add(groupPeers, g.id, p.id);
      add(peerGroups, p.id, g.id);
    }
  }

  const resources = new Map<string, IndexedResource>();
  const resourcesOfNetwork = new Map<string, IndexedResource[]>();
  const routers = new Map<string, IndexedRouter>();
  const routersOfNetwork = new Map<string, IndexedRouter[]>();
  for (const n of snapshot.networks) {
    resourcesOfNetwork.set(n.id, []);
    routersOfNetwork.set(n.id, []);
  }
  for (const [networkId, list] of Object.entries(snapshot.network_resources)) {
    for (const r of list) {
      const ir: IndexedResource = { ...r, network_id: networkId };
      resources.set(r.id, ir);
      (resourcesOfNetwork.get(networkId) ?? resourcesOfNetwork.set(networkId, []).get(networkId)!).push(ir);
      for (const g of r.groups) {
        add(groupResources, g.id, r.id);
        add(resourceGroups, r.id, g.id);
      }
    }
  }
  for (const [networkId, list] of Object.entries(snapshot.network_routers)) {
    for (const r of list) {
      const ir: IndexedRouter = { ...r, network_id: networkId };
      routers.set(r.id, ir);
      (routersOfNetwork.get(networkId) ?? routersOfNetwork.set(networkId, []).get(networkId)!).push(ir);
    }
  }

  const labPeers = snapshot.lab?.peers ?? {};
  return {
    snapshot,
    peers,
    peerByIp,
    peerByName,
    groups,
    groupByName,
    policies: new Map(snapshot.policies.map((p) => [p.id, p])),
    routes: new Map(snapshot.routes.map((r) => [r.id, r])),
    networks: new Map(snapshot.networks.map((n) => [n.id, n])),
    resources,
    routers,
    groupPeers,
    groupResources,
    peerGroups,
    resourceGroups,
    resourcesOfNetwork,
    routersOfNetwork,
    lab: (peerId) => labPeers[peerId] ?? {},
  };
}

export function peersOfGroup(index: AccountIndex, groupId: string): ReadonlySet<string> {
  return index.groupPeers.get(groupId) ?? EMPTY_SET;
}

export function groupsOfPeer(index: AccountIndex, peerId: string): ReadonlySet<string> {
  return index.peerGroups.get(peerId) ?? EMPTY_SET;
}

export function groupsOfResource(index: AccountIndex, resourceId: string): ReadonlySet<string> {
  return index.resourceGroups.get(resourceId) ?? EMPTY_SET;
}

/**
 * The distinct peers a router or route stands for: its `peer`, or every member of its peer groups.
 * A peer named twice (directly and through a group, or in two groups) counts once: that is the
 * difference between "routers configured" and "peers that can carry traffic".
 */
export function routingPeerIds(index: AccountIndex, target: { peer?: string | undefined; peer_groups?: readonly string[] | null | undefined }): string[] {
  const ids = new Set<string>();
  if (target.peer) ids.add(target.peer);
  for (const g of target.peer_groups ?? []) for (const p of peersOfGroup(index, g)) ids.add(p);
  return [...ids];
}

/** A peer is online in the lab when lab says so, else when the API reports it connected. */
export function isPeerOnline(index: AccountIndex, peerId: string): boolean {
  const lab = index.lab(peerId);
  if (lab.online !== undefined) return lab.online;
  return index.peers.get(peerId)?.connected ?? false;
}
