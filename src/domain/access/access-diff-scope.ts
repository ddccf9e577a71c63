import { groupsOfPeer, peersOfGroup, type AccountIndex } from '@/domain/account';
import type { SnapPolicy, SnapRoute, SnapRouter } from '@/domain/snapshot';
import type { DestinationSubset } from './access-collector';
import { ruleIndexOf, rulesTowardResource, type IndexedRule } from './rule-index';

/**
 * access-diff-scope: which sources' access a change can alter, found by comparing the two
 * accounts object by object, so the access diff recomputes a handful of groups and peers instead of
 * the whole matrix (an XL account has thousands of each). It over-approximates: a source in the
 * scope may turn out unchanged; a source outside it cannot have changed.
 *
 * What a group's access entries depend on, and so what pulls a group into the scope:
 * - the rules naming it on either side (its grants, the reverse of bidirectional rules, drop
 *   rules, the policy that links it with a legacy route's routing peers): a changed policy brings
 *   in every group and peer its rules name, before and after;
 * - what the rules' destinations hold: a group whose peers or resources change brings in every
 *   group and peer on the other side of the rules naming it;
 * - which resources are usable (enabled, valid address, an enabled routing peer): a changed
 *   resource, or a changed router of its network (also through its peer groups' members), brings in
 *   the sources of every rule towards those resources;
 * - legacy routes (distribution groups, routing peers, ACL groups, enabled): a changed route brings
 *   in its distribution groups and the sources of the rules towards its ACL groups;
 * - "every member receives the route" (a source group that is not itself a distribution group):
 *   a peer whose groups change brings in all of its groups.
 * A peer whose groups change, and a peer a changed rule names directly, are also scoped as peers,
 * so the diff says what that one peer gains or loses.
 */
export interface DiffScope {
  groups: Set<string>;
  peers: Set<string>;
  /**
   * The only resources and peers whose cells can differ, when the change is to policies alone;
   * null when any other part of the account changed (then every destination of a source may).
   */
  destinations: DestinationSubset | null;
}

/** Identity first (draft appliers keep unchanged objects), then content. */
const same = (a: unknown, b: unknown): boolean => a === b || (a !== undefined && b !== undefined && JSON.stringify(a) === JSON.stringify(b));

const keysOf = <K>(...maps: ReadonlyMap<K, unknown>[]): Set<K> => {
  const keys = new Set<K>();
  for (const m of maps) for (const k of m.keys()) keys.add(k);
  return keys;
};

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a === b) return true;
  if (a.size !== b.size) return false;
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

/**
 * candidateIds: the ids whose object may differ between two lists (a superset of those that do):
 * the ids at every position where the lists hold different objects. Draft appliers replace,
 * append or remove an object and keep the others in place, so one policy edit compares one
 * policy instead of collecting thousands of ids. (An id whose last object differs always shows at
 * a position that differs: the one where either list holds its last object.)
 */
function candidateIds(was: readonly { id: string }[], is: readonly { id: string }[]): Set<string> {
  const ids = new Set<string>();
  if (was === is) return ids;
  for (let i = 0; i < Math.max(was.length, is.length); i++) {
    const a = was[i];
    const b = is[i];
    if (a === b) continue;
    if (a !== undefined) ids.add(a.id);
    if (b !== undefined) ids.add(b.id);
  }
  return ids;
}

/** symmetricDifference: members on one side only. */
function changedMembers(a: ReadonlySet<string>, b: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const x of a) if (!b.has(x)) out.push(x);
  for (const x of b) if (!a.has(x)) out.push(x);
  return out;
}

export function diffScope(before: AccountIndex, after: AccountIndex): DiffScope {
  const scope: DiffScope = { groups: new Set(), peers: new Set(), destinations: null };
  const sides = [before, after] as const;
  const touchedNetworks = new Set<string>();
  const touchedResources = new Set<string>();
  const touchedRoutes: SnapRoute[] = [];

  const addSources = (r: IndexedRule) => {
    for (const g of r.sourceGroups) scope.groups.add(g);
    if (r.sourcePeer !== null) scope.peers.add(r.sourcePeer);
  };
  const addBothSides = (r: IndexedRule) => {
    addSources(r);
    for (const g of r.destinationGroups) scope.groups.add(g);
    if (r.destinationPeer !== null) scope.peers.add(r.destinationPeer);
  };
  // what the changed policies' rules name: its groups and peers join the scope, and all of it bounds the destinations
  const named = { groups: new Set<string>(), peers: new Set<string>(), resources: new Set<string>() };
  const addPolicy = (p: SnapPolicy | undefined) => {
    // every rule, enabled or not: enabling a rule is a change of the policy too
    for (const rule of p?.rules ?? []) {
      for (const g of [...rule.sources, ...rule.destinations]) named.groups.add(g.id);
      for (const r of [rule.sourceResource, rule.destinationResource]) {
        if (r?.type === 'peer') named.peers.add(r.id);
        else if (r) named.resources.add(r.id);
      }
    }
  };

  // Each family is compared only when its list is not the very same object: a draft applier
  // replaces what it changes and keeps the rest, so one policy edit compares one list.
  const was = before.snapshot;
  const is = after.snapshot;
  const membershipMayDiffer = was.groups !== is.groups || was.peers !== is.peers || was.network_resources !== is.network_resources;

  // Policies.
  for (const id of candidateIds(was.policies, is.policies)) {
    const b = before.policies.get(id);
    const a = after.policies.get(id);
    if (same(b, a)) continue;
    addPolicy(b);
    addPolicy(a);
  }
  for (const g of named.groups) scope.groups.add(g);
  for (const id of named.peers) scope.peers.add(id);

  // Group membership: peers and resources.
  for (const g of membershipMayDiffer ? keysOf(before.groupPeers, after.groupPeers, before.groupResources, after.groupResources) : []) {
    const peers = changedMembers(peersOfGroup(before, g), peersOfGroup(after, g));
    const resourcesSame = sameSet(before.groupResources.get(g) ?? new Set(), after.groupResources.get(g) ?? new Set());
    if (peers.length === 0 && resourcesSame) continue;
    scope.groups.add(g);
    for (const idx of sides) {
      const ri = ruleIndexOf(idx);
      for (const r of ri.bySourceGroup.get(g) ?? []) addBothSides(r);
      for (const r of ri.byDestinationGroup.get(g) ?? []) addBothSides(r);
    }
    if (peers.length === 0) continue;
    for (const p of peers) {
      scope.peers.add(p);
      for (const idx of sides) for (const pg of groupsOfPeer(idx, p)) scope.groups.add(pg);
    }
    // the group's members may be routing peers: of a network's routers, or of legacy routes
    for (const idx of sides) {
      for (const router of idx.routers.values()) if ((router.peer_groups ?? []).includes(g)) touchedNetworks.add(router.network_id);
      for (const route of idx.snapshot.routes) if ((route.peer_groups ?? []).includes(g) || route.groups.includes(g)) touchedRoutes.push(route);
    }
  }

  // Resources: address, type, enabled, network.
  for (const id of was.network_resources === is.network_resources ? [] : keysOf(before.resources, after.resources)) {
    const b = before.resources.get(id);
    const a = after.resources.get(id);
    if (b !== undefined && a !== undefined && b.address === a.address && b.type === a.type && b.enabled === a.enabled && b.network_id === a.network_id) continue;
    touchedResources.add(id);
  }

  // Routers, per network.
  const routerFacts = (list: readonly SnapRouter[] | undefined) => (list ?? []).map((r) => [r.id, r.peer ?? null, r.peer_groups ?? [], r.enabled]);
  for (const n of was.network_routers === is.network_routers ? [] : new Set([...Object.keys(was.network_routers), ...Object.keys(is.network_routers)])) {
    const b = was.network_routers[n];
    const a = is.network_routers[n];
    if (b !== a && !same(routerFacts(b), routerFacts(a))) touchedNetworks.add(n);
  }
  for (const n of touchedNetworks) for (const idx of sides) for (const r of idx.resourcesOfNetwork.get(n) ?? []) touchedResources.add(r.id);
  for (const id of touchedResources) for (const idx of sides) for (const r of rulesTowardResource(idx, id)) addSources(r);

  // Legacy routes.
  for (const id of candidateIds(was.routes, is.routes)) {
    const b = before.routes.get(id);
    const a = after.routes.get(id);
    if (same(b, a)) continue;
    if (b !== undefined) touchedRoutes.push(b);
    if (a !== undefined) touchedRoutes.push(a);
  }
  for (const route of touchedRoutes) {
    for (const g of route.groups) scope.groups.add(g);
    for (const idx of sides) {
      const byDestination = ruleIndexOf(idx).byDestinationGroup;
      for (const g of route.access_control_groups ?? []) for (const r of byDestination.get(g) ?? []) addSources(r);
    }
  }
  const policiesOnly = (['groups', 'peers', 'network_resources', 'network_routers', 'routes', 'networks'] as const).every((k) => was[k] === is[k]);
  if (policiesOnly) scope.destinations = destinationSubset(sides, named);
  return scope;
}

/**
 * destinationSubset: what the rules of changed policies name, on either side (the reverse
 * direction of a bidirectional rule reaches the peers of its sources), through either account's
 * memberships. When only policies change, a source's cell towards any other resource or peer is
 * decided by the same rules before and after (accept rules naming it, drop rules naming it), so it
 * cannot change, and the diff need not compute it. Routes stay out of the subset: a source's route
 * cells hang on routing peers and peer links as well, and are always recomputed.
 */
function destinationSubset(sides: readonly AccountIndex[], named: { groups: ReadonlySet<string>; peers: ReadonlySet<string>; resources: ReadonlySet<string> }): DestinationSubset {
  const resources = new Set(named.resources);
  const peers = new Set(named.peers);
  for (const idx of sides) {
    for (const g of named.groups) {
      for (const p of peersOfGroup(idx, g)) peers.add(p);
      for (const r of idx.groupResources.get(g) ?? []) resources.add(r);
    }
  }
  return { resources, peers };
}
