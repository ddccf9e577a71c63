import { groupsOfPeer, peersOfGroup, routingPeerIds, type AccountIndex } from '@/domain/account';
import { err, ok, parseIp, type Result } from '@/domain/net';
import { networkRoutingPeerSet, routeIndexOf } from '@/domain/routing/route-index';
import { receivesRoute } from '@/domain/routing/route-lookup';
import type { SnapGroup, SnapPeer, SnapRoute } from '@/domain/snapshot';
import { accessCollector, type AccessCollector, type AccessSource, type DestinationSubset } from './access-collector';
import type { AccessDestinationType, AccessEntry } from './access-entry';
import { peerLink, routeChainRules } from './decide-acl';
import { routesByGroup, routesConcerning } from './routes-by-group';
import { ruleHasDestinationPeer, ruleHasSourcePeer, ruleIndexOf, rulesFromPeer, rulesNamingGroup, rulesTowardPeer, type IndexedRule } from './rule-index';

/**
 * compute-access: who can reach what, and which policy says so: the `nbrc access` matrix. Entries
 * are static (configuration, not liveness) and use the same predicates as the trace: resources
 * through the forward chain, peers (including routing peers' own services) through the input
 * chain, legacy routes through their ACL groups or the default allow of a route without them.
 */

/** AccessSubject: whose access to list. Group entries mean "every member of the group". */
export type AccessSubject = { kind: 'all' } | { kind: 'group'; group: SnapGroup } | { kind: 'peer'; peer: SnapPeer };

export interface AccessQuery {
  /** A peer (id, name or overlay IP) or a group (id or name); every source when absent. */
  from?: string | undefined;
  /** Only these kinds of destination (e.g. the groups × resources matrix); all when absent. */
  destinations?: readonly AccessDestinationType[] | undefined;
}

/** resolveAccessSubject: ids before names, peers before groups. */
export function resolveAccessSubject(index: AccountIndex, from: string | undefined): Result<AccessSubject> {
  if (from === undefined) return ok({ kind: 'all' });
  const text = from.trim();
  const peer = index.peers.get(text);
  if (peer !== undefined) return ok({ kind: 'peer', peer });
  const group = index.groups.get(text);
  if (group !== undefined) return ok({ kind: 'group', group });
  const byName = index.peerByName.get(text);
  if (byName !== undefined) return ok({ kind: 'peer', peer: byName });
  const groupByName = index.groupByName.get(text);
  if (groupByName !== undefined) return ok({ kind: 'group', group: groupByName });
  const ip = parseIp(text);
  const byIp = ip.ok ? index.peerByIp.get(ip.value.text) : undefined;
  if (byIp !== undefined) return ok({ kind: 'peer', peer: byIp });
  return err(`"${text}" is not a peer (id, name, overlay IP) or group (id, name) of this account`);
}

export function computeAccess(index: AccountIndex, query: AccessQuery = {}): Result<AccessEntry[]> {
  const subject = resolveAccessSubject(index, query.from);
  return subject.ok ? ok(accessFor(index, subject.value, query.destinations)) : subject;
}

/** accessFor: the subject's entries; `within` keeps only some resources and peers as destinations (every route stays). */
export function accessFor(index: AccountIndex, subject: AccessSubject, destinations?: readonly AccessDestinationType[], within?: DestinationSubset): AccessEntry[] {
  const c = accessCollector(index, destinations, within);
  const w = walker(index);
  if (subject.kind === 'peer') peerAccess(index, subject.peer.id, c, w);
  else groupAccess(index, subject.kind === 'group' ? subject.group.id : null, c, w);
  return c.entries;
}

/** Walker: what a rule's sides hold, cached for one computation. */
interface Walker {
  resources(r: IndexedRule): readonly string[];
  peers(groups: readonly string[], peer: string | null): Iterable<string>;
}

/**
 * usableCache: usable resources by the snapshot lists they depend on (resources, routers, and the
 * memberships of groups and peers that make routing peers), so an account that differs only in
 * its policies (a policy draft) shares the set with the account it was derived from. Like every
 * index cache, it assumes a snapshot is not changed in place once analysed (drafts are copies).
 */
const usableCache = new WeakMap<object, WeakMap<object, WeakMap<object, WeakMap<object, ReadonlySet<string>>>>>();

function level<K extends object, V>(map: WeakMap<K, V>, key: K, make: () => V): V {
  let v = map.get(key);
  if (v === undefined) {
    v = make();
    map.set(key, v);
  }
  return v;
}

/**
 * usableResources: enabled, with a parsable address and at least one peer behind an enabled
 * router. Cached: the access diff asks for a few groups at a time, and scanning every resource of
 * an XL account for each would cost more than the groups themselves.
 */
function usableResources(index: AccountIndex): ReadonlySet<string> {
  const s = index.snapshot;
  const byRouters = level(usableCache, s.network_resources, () => new WeakMap());
  const byGroups = level(byRouters, s.network_routers, () => new WeakMap());
  const byPeers = level(byGroups, s.groups, () => new WeakMap());
  return level(byPeers, s.peers, () => {
    const ri = routeIndexOf(index);
    const set = new Set<string>();
    for (const r of index.resources.values()) {
      if (r.enabled && ri.resourceAddress.has(r.id) && networkRoutingPeerSet(index, r.network_id).size > 0) set.add(r.id);
    }
    return set;
  });
}

/**
 * prepareAccess: builds what every accessFor call reads (the rule index, the usable resources, the
 * routes by group), so that the first query of a session does not pay for it alone: the change
 * preview's account as loaded is prepared once, and each draft derived from it (deriveAccountIndex)
 * derives or shares all three.
 */
export function prepareAccess(index: AccountIndex): void {
  ruleIndexOf(index);
  usableResources(index);
  routesByGroup(index.snapshot.routes);
}

function walker(index: AccountIndex): Walker {
  const usable = usableResources(index);
  const isUsable = (id: string): boolean => usable.has(id);
  return {
    resources(r) {
      const ids: string[] = [];
      if (r.destinationResource !== null && isUsable(r.destinationResource)) ids.push(r.destinationResource);
      for (const g of r.destinationGroups) for (const id of index.groupResources.get(g) ?? []) if (isUsable(id) && id !== r.destinationResource) ids.push(id);
      return r.destinationGroups.length > 1 ? [...new Set(ids)] : ids;
    },
    peers(groups, peer) {
      if (groups.length === 0) return peer === null ? [] : [peer];
      if (groups.length === 1 && peer === null) return peersOfGroup(index, groups[0] ?? '');
      const ids = new Set<string>();
      if (peer !== null) ids.add(peer);
      for (const g of groups) for (const p of peersOfGroup(index, g)) ids.add(p);
      return ids;
    },
  };
}

/** peerAccess: exact, with the trace's own predicates, for one source peer. */
function peerAccess(index: AccountIndex, peerId: string, c: AccessCollector, w: Walker): void {
  const source = c.source('peer', peerId);
  for (const r of rulesFromPeer(index, peerId)) {
    if (r.action !== 'accept') continue;
    c.emit(source, 'resource', w.resources(r), r);
    c.emit(source, 'peer', w.peers(r.destinationGroups, r.destinationPeer), r, [], peerId);
  }
  for (const r of rulesTowardPeer(index, peerId)) {
    if (r.action !== 'accept' || !r.bidirectional) continue;
    c.emit(source, 'peer', w.peers(r.sourceGroups, r.sourcePeer), r, [], peerId);
  }
  for (const route of index.snapshot.routes) {
    if (!receivesRoute(index, peerId, route)) continue;
    if (!routingPeerIds(index, route).some((p) => p !== peerId && peerLink(index, peerId, p) !== null)) continue;
    const acl = route.access_control_groups ?? [];
    if (acl.length === 0) c.emit(source, 'route', route.id, null);
    else for (const r of routeChainRules(index, peerId, acl)) if (r.action === 'accept') c.emit(source, 'route', route.id, r, acl);
  }
}

/**
 * groupAccess: group-level entries for every source group (or only `only`), plus peers named as
 * rule sources. A group reaches a legacy route when every member receives it (a distribution
 * group, or all members are in one) and a policy names the group together with one of the
 * route's peers (so every member connects to it).
 */
function groupAccess(index: AccountIndex, only: string | null, c: AccessCollector, w: Walker): void {
  const sourcesOf = (groups: readonly string[], peer: string | null): AccessSource[] => {
    const out: AccessSource[] = [];
    for (const g of groups) if (only === null || g === only) out.push(c.source('group', g));
    if (only === null && peer !== null) out.push(c.source('peer', peer));
    return out;
  };

  const ri = ruleIndexOf(index);
  const wantResources = c.wants('resource');
  const wantPeers = c.wants('peer');
  // One group asked for (the access diff asks for a few at a time): only the rules naming it on
  // either side can give it an entry, a few dozen of an XL account's thousands.
  for (const r of only === null ? ri.rules : rulesNamingGroup(index, only)) {
    if (r.action !== 'accept') continue;
    const sources = sourcesOf(r.sourceGroups, r.sourcePeer);
    if (sources.length > 0) {
      const resources = wantResources ? w.resources(r) : [];
      const peers = wantPeers ? w.peers(r.destinationGroups, r.destinationPeer) : [];
      for (const s of sources) {
        c.emit(s, 'resource', resources, r);
        c.emit(s, 'peer', peers, r, [], s.ref.type === 'peer' ? s.ref.id : null);
      }
    }
    if (!r.bidirectional || !wantPeers) continue;
    const reverse = sourcesOf(r.destinationGroups, r.destinationPeer);
    if (reverse.length === 0) continue;
    const peers = w.peers(r.sourceGroups, r.sourcePeer);
    for (const s of reverse) c.emit(s, 'peer', peers, r, [], s.ref.type === 'peer' ? s.ref.id : null);
  }

  const byDestinationGroup = ri.byDestinationGroup;
  const routes = index.snapshot.routes;
  // One group asked for: only the routes that can give it an entry, before collecting their routing
  // peers and rules: a route with ACL groups needs a rule from the group to one of them.
  const candidates = !c.wants('route') ? [] : only === null ? routes : routesConcerning(routes, only, new Set((ri.bySourceGroup.get(only) ?? []).flatMap((r) => r.destinationGroups)));
  for (const route of candidates) {
    if (!route.enabled) continue;
    const acl = route.access_control_groups ?? [];
    const peers = routingPeerIds(index, route);
    if (peers.length === 0) continue;
    if (acl.length === 0) {
      for (const g of route.groups) if ((only === null || g === only) && groupLinked(index, g, peers)) c.emit(c.source('group', g), 'route', route.id, null);
      continue;
    }
    const rules = [...new Set(acl.flatMap((g) => byDestinationGroup.get(g) ?? []))].sort((a, b) => a.order - b.order);
    for (const r of rules) {
      if (r.action !== 'accept') continue;
      for (const g of r.sourceGroups) {
        if ((only === null || g === only) && groupReceives(index, g, route) && groupLinked(index, g, peers)) c.emit(c.source('group', g), 'route', route.id, r, acl);
      }
      const sp = r.sourcePeer;
      if (only === null && sp !== null && receivesRoute(index, sp, route) && peers.some((p) => p !== sp && peerLink(index, sp, p) !== null)) {
        c.emit(c.source('peer', sp), 'route', route.id, r, acl);
      }
    }
  }
}

/** groupReceives: every member of the group gets the route (it is a distribution group, or all members are in one). */
function groupReceives(index: AccountIndex, groupId: string, route: SnapRoute): boolean {
  if (route.groups.includes(groupId)) return true;
  const members = peersOfGroup(index, groupId);
  if (members.size === 0) return false;
  for (const m of members) {
    const gs = groupsOfPeer(index, m);
    if (!route.groups.some((g) => gs.has(g))) return false;
  }
  return true;
}

/** groupLinked: some enabled rule names the group on one side and one of `peers` on the other, so every member connects to it. */
function groupLinked(index: AccountIndex, groupId: string, peers: readonly string[]): boolean {
  const ri = ruleIndexOf(index);
  for (const r of ri.bySourceGroup.get(groupId) ?? []) if (peers.some((p) => ruleHasDestinationPeer(index, r, p))) return true;
  for (const r of ri.byDestinationGroup.get(groupId) ?? []) if (peers.some((p) => ruleHasSourcePeer(index, r, p))) return true;
  return false;
}
