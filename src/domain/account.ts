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
  /**
   * Group ids of each resource, in order. Lists, not sets: a resource is in one or two groups,
   * and 20,000 small Sets would be megabytes for the garbage collector to copy.
   */
  resourceGroups: ReadonlyMap<string, readonly string[]>;
  resourcesOfNetwork: ReadonlyMap<string, readonly IndexedResource[]>;
  routersOfNetwork: ReadonlyMap<string, readonly IndexedRouter[]>;
  lab(peerId: string): SnapLabPeer;
}

const EMPTY_SET: ReadonlySet<string> = new Set();
const NO_GROUPS: readonly string[] = [];

type Relation = Map<string, Set<string>>;

/** relate records one membership in both directions (group → members, member → groups). */
function relate(byGroup: Relation, byMember: Relation, groupId: string, memberId: string): void {
  let members = byGroup.get(groupId);
  if (members === undefined) byGroup.set(groupId, (members = new Set()));
  members.add(memberId);
  let groups = byMember.get(memberId);
  if (groups === undefined) byMember.set(memberId, (groups = new Set()));
  groups.add(groupId);
}

/** relateFromMember: the same memberships seen from the member's side; usually already known, so checked first. */
function relateFromMember(byGroup: Relation, byMember: Relation, memberId: string, groups: readonly { id: string }[]): void {
  const known = byMember.get(memberId);
  for (const g of groups) if (known === undefined || !known.has(g.id)) relate(byGroup, byMember, g.id, memberId);
}

type ListRelation = Map<string, string[]>;

/** relateToList: relate, with the member side as a short list (resources: see AccountIndex.resourceGroups). */
function relateToList(byGroup: Relation, byMember: ListRelation, groupId: string, memberId: string): void {
  let members = byGroup.get(groupId);
  if (members === undefined) byGroup.set(groupId, (members = new Set()));
  members.add(memberId);
  const groups = byMember.get(memberId);
  if (groups === undefined) byMember.set(memberId, [groupId]);
  else if (!groups.includes(groupId)) groups.push(groupId);
}

/**
 * indexedResource / indexedRouter: the fields the domain reads, plus the network, as one object
 * literal: spreading 20,000 parsed API objects costs several times more and would carry fields
 * (description, ...) that no analysis reads.
 */
const indexedResource = (r: SnapResource, network_id: string): IndexedResource => ({
  id: r.id,
  type: r.type,
  name: r.name,
  address: r.address,
  enabled: r.enabled,
  groups: r.groups,
  network_id,
});

const indexedRouter = (r: SnapRouter, network_id: string): IndexedRouter => ({
  id: r.id,
  peer: r.peer,
  peer_groups: r.peer_groups,
  metric: r.metric,
  masquerade: r.masquerade,
  enabled: r.enabled,
  network_id,
});

/**
 * The index in parts, each built from the snapshot lists its comment names and nothing else, so
 * deriveAccountIndex (account/derive-account-index.ts) can take a part over from the index of the
 * account a draft was made from when those lists are the very same objects.
 */

/** PeerLookups: peers by overlay IP and by name (snapshot.peers), built on first use. */
export interface PeerLookups {
  readonly peerByIp: ReadonlyMap<string, SnapPeer>;
  readonly peerByName: ReadonlyMap<string, SnapPeer>;
}

/** Memberships: groups ↔ peers and groups ↔ resources (snapshot.groups, peers and network_resources). */
export type Memberships = Pick<AccountIndex, 'groupPeers' | 'peerGroups' | 'groupResources' | 'resourceGroups'>;

/** ResourcePart: resources and where they live (snapshot.networks and network_resources). */
export type ResourcePart = Pick<AccountIndex, 'resources' | 'resourcesOfNetwork'>;

/** RouterPart: routers and where they live (snapshot.networks and network_routers). */
export type RouterPart = Pick<AccountIndex, 'routers' | 'routersOfNetwork'>;

/** GroupPart: groups by id and by name (snapshot.groups). */
export type GroupPart = Pick<AccountIndex, 'groups' | 'groupByName'>;

export interface IndexParts {
  peers: ReadonlyMap<string, SnapPeer>;
  peerLookups: PeerLookups;
  groups: GroupPart;
  memberships: Memberships;
  resources: ResourcePart;
  routers: RouterPart;
  policies: ReadonlyMap<string, SnapPolicy>;
  routes: ReadonlyMap<string, SnapRoute>;
  networks: ReadonlyMap<string, SnapNetwork>;
}

export const byId = <T extends { id: string }>(list: readonly T[]): ReadonlyMap<string, T> => {
  const out = new Map<string, T>();
  for (const x of list) out.set(x.id, x);
  return out;
};

/** peerLookups: only lookups by what a person typed need them (trace, access), so they wait for their first use. */
export function peerLookups(peers: readonly SnapPeer[]): PeerLookups {
  let byIp: Map<string, SnapPeer> | undefined;
  let byName: Map<string, SnapPeer> | undefined;
  return {
    get peerByIp() {
      if (byIp === undefined) {
        byIp = new Map();
        for (const p of peers) {
          byIp.set(p.ip, p);
          if (p.ipv6) byIp.set(p.ipv6, p);
        }
      }
      return byIp;
    },
    get peerByName() {
      if (byName === undefined) {
        byName = new Map();
        for (const p of peers) byName.set(p.name, p);
      }
      return byName;
    },
  };
}

export function indexGroups(groups: readonly SnapGroup[]): GroupPart {
  const byName = new Map<string, SnapGroup>();
  for (const g of groups) byName.set(g.name, g);
  return { groups: byId(groups), groupByName: byName };
}

export function indexMemberships(snapshot: Pick<Snapshot, 'groups' | 'peers' | 'network_resources'>): Memberships {
  const groupPeers: Relation = new Map();
  const peerGroups: Relation = new Map();
  const groupResources: Relation = new Map();
  const resourceGroups: ListRelation = new Map();
  for (const g of snapshot.groups) {
    groupPeers.set(g.id, new Set());
    groupResources.set(g.id, new Set());
    for (const p of g.peers) relate(groupPeers, peerGroups, g.id, p.id);
    for (const r of g.resources) {
      if (r.type === 'peer') relate(groupPeers, peerGroups, g.id, r.id);
      else relateToList(groupResources, resourceGroups, g.id, r.id);
    }
  }
  // A peer's own `groups` list is the same membership seen from the peer: honour both sides.
  for (const p of snapshot.peers) relateFromMember(groupPeers, peerGroups, p.id, p.groups);
  // And so is a resource's.
  for (const networkId in snapshot.network_resources) {
    for (const r of snapshot.network_resources[networkId] ?? []) {
      const known = resourceGroups.get(r.id);
      for (const g of r.groups) if (known === undefined || !known.includes(g.id)) relateToList(groupResources, resourceGroups, g.id, r.id);
    }
  }
  return { groupPeers, peerGroups, groupResources, resourceGroups };
}

export function indexResources(snapshot: Pick<Snapshot, 'networks' | 'network_resources'>): ResourcePart {
  const resources = new Map<string, IndexedResource>();
  const resourcesOfNetwork = new Map<string, IndexedResource[]>();
  for (const n of snapshot.networks) resourcesOfNetwork.set(n.id, []);
  for (const networkId in snapshot.network_resources) {
    let inNetwork = resourcesOfNetwork.get(networkId);
    if (inNetwork === undefined) resourcesOfNetwork.set(networkId, (inNetwork = []));
    for (const r of snapshot.network_resources[networkId] ?? []) {
      const ir = indexedResource(r, networkId);
      resources.set(r.id, ir);
      inNetwork.push(ir);
    }
  }
  return { resources, resourcesOfNetwork };
}

export function indexRouters(snapshot: Pick<Snapshot, 'networks' | 'network_routers'>): RouterPart {
  const routers = new Map<string, IndexedRouter>();
  const routersOfNetwork = new Map<string, IndexedRouter[]>();
  for (const n of snapshot.networks) routersOfNetwork.set(n.id, []);
  for (const networkId in snapshot.network_routers) {
    let inNetwork = routersOfNetwork.get(networkId);
    if (inNetwork === undefined) routersOfNetwork.set(networkId, (inNetwork = []));
    for (const r of snapshot.network_routers[networkId] ?? []) {
      const ir = indexedRouter(r, networkId);
      routers.set(r.id, ir);
      inNetwork.push(ir);
    }
  }
  return { routers, routersOfNetwork };
}

/** assembleAccountIndex: one index of `snapshot` out of its parts. */
export function assembleAccountIndex(snapshot: Snapshot, parts: IndexParts): AccountIndex {
  const { peerLookups: lookups } = parts;
  const labPeers = snapshot.lab?.peers ?? {};
  return {
    snapshot,
    peers: parts.peers,
    get peerByIp() {
      return lookups.peerByIp;
    },
    get peerByName() {
      return lookups.peerByName;
    },
    // every field spelled out: one object shape for every index, whichever parts it took over
    groups: parts.groups.groups,
    groupByName: parts.groups.groupByName,
    policies: parts.policies,
    routes: parts.routes,
    networks: parts.networks,
    resources: parts.resources.resources,
    routers: parts.routers.routers,
    groupPeers: parts.memberships.groupPeers,
    groupResources: parts.memberships.groupResources,
    peerGroups: parts.memberships.peerGroups,
    resourceGroups: parts.memberships.resourceGroups,
    resourcesOfNetwork: parts.resources.resourcesOfNetwork,
    routersOfNetwork: parts.routers.routersOfNetwork,
    lab: (peerId) => labPeers[peerId] ?? {},
  };
}

export function buildAccountIndex(snapshot: Snapshot): AccountIndex {
  return assembleAccountIndex(snapshot, {
    peers: byId(snapshot.peers),
    peerLookups: peerLookups(snapshot.peers),
    groups: indexGroups(snapshot.groups),
    memberships: indexMemberships(snapshot),
    resources: indexResources(snapshot),
    routers: indexRouters(snapshot),
    policies: byId(snapshot.policies),
    routes: byId(snapshot.routes),
    networks: byId(snapshot.networks),
  });
}

export function peersOfGroup(index: AccountIndex, groupId: string): ReadonlySet<string> {
  return index.groupPeers.get(groupId) ?? EMPTY_SET;
}

export function groupsOfPeer(index: AccountIndex, peerId: string): ReadonlySet<string> {
  return index.peerGroups.get(peerId) ?? EMPTY_SET;
}

export function groupsOfResource(index: AccountIndex, resourceId: string): readonly string[] {
  return index.resourceGroups.get(resourceId) ?? NO_GROUPS;
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
