import { groupsOfPeer, type AccountIndex } from '@/domain/account';
import { ruleIndexOf, type IndexedRule } from '@/domain/access/rule-index';
import { parseCidr } from '@/domain/net';
import type { SnapRoute } from '@/domain/snapshot';

/**
 * received: what a client receives, grouped the way its agent manages routes (networks, legacy
 * route sets, the active exit node). It is route-lookup's `receivedRoutes` (a Network resource
 * goes to the sources of the policies that target it, a legacy route to its distribution groups,
 * one exit node is active), indexed for a run over thousands of clients: a rule's networks and a
 * group's routes are computed once, not once per client and resource. A unit test holds the two
 * equal on the demo and a generated account.
 */

const ruleNetworks = new WeakMap<IndexedRule, readonly string[]>();

/** networksOfRule: the networks of the enabled resources a rule targets (its resource, or its groups' resources). */
function networksOfRule(index: AccountIndex, rule: IndexedRule): readonly string[] {
  let nets = ruleNetworks.get(rule);
  if (nets === undefined) {
    const set = new Set<string>();
    const add = (id: string) => {
      const r = index.resources.get(id);
      if (r !== undefined && r.enabled) set.add(r.network_id);
    };
    if (rule.destinationResource !== null) add(rule.destinationResource);
    for (const g of rule.destinationGroups) for (const id of index.groupResources.get(g) ?? []) add(id);
    nets = [...set];
    ruleNetworks.set(rule, nets);
  }
  return nets;
}

/** SourceNetworks: the networks the rules send to each source group and each source peer. */
interface SourceNetworks {
  byGroup: Map<string, Set<string>>;
  byPeer: Map<string, Set<string>>;
}

const sourceNetworks = new WeakMap<AccountIndex, SourceNetworks>();

function addAll(m: Map<string, Set<string>>, key: string, nets: readonly string[]): void {
  if (nets.length === 0) return;
  let set = m.get(key);
  if (set === undefined) m.set(key, (set = new Set()));
  for (const n of nets) set.add(n);
}

/** sourceNetworksOf: every rule's networks filed by its sources, once per index (not a rule list per client). */
function sourceNetworksOf(index: AccountIndex): SourceNetworks {
  let sn = sourceNetworks.get(index);
  if (sn === undefined) {
    const built: SourceNetworks = { byGroup: new Map(), byPeer: new Map() };
    for (const rule of ruleIndexOf(index).rules) {
      const nets = networksOfRule(index, rule);
      for (const g of rule.sourceGroups) addAll(built.byGroup, g, nets);
      if (rule.sourcePeer !== null) addAll(built.byPeer, rule.sourcePeer, nets);
    }
    sourceNetworks.set(index, (sn = built));
  }
  return sn;
}

/** receivedNetworks: the networks of which the client receives at least one resource (the rules it is a source of target them). */
export function receivedNetworks(index: AccountIndex, clientId: string): string[] {
  const { byGroup, byPeer } = sourceNetworksOf(index);
  const out = new Set<string>(byPeer.get(clientId));
  for (const g of groupsOfPeer(index, clientId)) for (const n of byGroup.get(g) ?? []) out.add(n);
  return [...out];
}

interface LegacyIndex {
  /** Enabled legacy routes by distribution group: route sets, and exit nodes apart. */
  byGroup: Map<string, SnapRoute[]>;
  exitsByGroup: Map<string, SnapRoute[]>;
  order: Map<SnapRoute, number>;
}

const legacyIndexes = new WeakMap<AccountIndex, LegacyIndex>();

/**
 * isExitRoute: an enabled 0.0.0.0/0 or ::/0 route, the routes route-index.ts files as exit nodes.
 * Read here from the routes alone: route-index also parses every resource address, and a run
 * indexes a derived account per configuration event.
 */
function isExitRoute(route: SnapRoute): boolean {
  if (!route.enabled || route.network_type === 'Domain') return false;
  const cidr = parseCidr(route.network ?? '');
  return cidr.ok && cidr.value.prefix === 0;
}

function fileByGroup(m: Map<string, SnapRoute[]>, route: SnapRoute): void {
  for (const g of new Set(route.groups)) {
    const list = m.get(g);
    if (list === undefined) m.set(g, [route]);
    else list.push(route);
  }
}

/** legacyIndex: enabled legacy routes filed by distribution group, once per index. */
function legacyIndex(index: AccountIndex): LegacyIndex {
  let li = legacyIndexes.get(index);
  if (li === undefined) {
    const built: LegacyIndex = { byGroup: new Map(), exitsByGroup: new Map(), order: new Map() };
    index.snapshot.routes.forEach((route, i) => {
      built.order.set(route, i);
      if (route.enabled) fileByGroup(isExitRoute(route) ? built.exitsByGroup : built.byGroup, route);
    });
    legacyIndexes.set(index, (li = built));
  }
  return li;
}

/** receivedOf: the routes of `byGroup` the client receives (through any of its groups), in account order. */
function receivedOf(index: AccountIndex, li: LegacyIndex, byGroup: Map<string, SnapRoute[]>, clientId: string): SnapRoute[] {
  const routes = new Set<SnapRoute>();
  for (const g of groupsOfPeer(index, clientId)) for (const r of byGroup.get(g) ?? []) routes.add(r);
  return [...routes].sort((a, b) => (li.order.get(a) ?? 0) - (li.order.get(b) ?? 0));
}

/** receivedRouteSets: the enabled legacy routes (no exit nodes) the client receives, by network_id, in account order. */
export function receivedRouteSets(index: AccountIndex, clientId: string): Map<string, SnapRoute[]> {
  const li = legacyIndex(index);
  const out = new Map<string, SnapRoute[]>();
  for (const r of receivedOf(index, li, li.byGroup, clientId)) {
    const list = out.get(r.network_id);
    if (list === undefined) out.set(r.network_id, [r]);
    else list.push(r);
  }
  return out;
}

/**
 * receivedExitNode: the active exit node's routes, or null: as route-lookup's activeExitNode
 * with no exit node selected, the smallest network_id among the auto-applied exit routes the
 * client receives, with every received route of that network_id.
 */
export function receivedExitNode(index: AccountIndex, clientId: string): { key: string; routes: readonly SnapRoute[] } | null {
  const li = legacyIndex(index);
  if (li.exitsByGroup.size === 0) return null;
  const received = receivedOf(index, li, li.exitsByGroup, clientId);
  let best: string | null = null;
  for (const r of received) if (r.skip_auto_apply !== true && (best === null || r.network_id < best)) best = r.network_id;
  return best === null ? null : { key: best, routes: received.filter((r) => r.network_id === best) };
}
