import { groupsOfPeer, type AccountIndex } from '@/domain/account';
import { rulesFromPeer, type IndexedRule } from '@/domain/access/rule-index';
import { activeExitNode } from '@/domain/routing/route-lookup';
import { routeIndexOf } from '@/domain/routing/route-index';
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

/** receivedNetworks: the networks of which the client receives at least one resource. */
export function receivedNetworks(index: AccountIndex, clientId: string): string[] {
  const out = new Set<string>();
  for (const rule of rulesFromPeer(index, clientId)) for (const n of networksOfRule(index, rule)) out.add(n);
  return [...out];
}

interface LegacyIndex {
  byGroup: Map<string, SnapRoute[]>;
  order: Map<SnapRoute, number>;
}

const legacyIndexes = new WeakMap<AccountIndex, LegacyIndex>();

/** legacyIndex: enabled non-exit legacy routes filed by distribution group, once per index. */
function legacyIndex(index: AccountIndex): LegacyIndex {
  let li = legacyIndexes.get(index);
  if (li === undefined) {
    li = { byGroup: new Map(), order: new Map() };
    const exits = new Set(routeIndexOf(index).exitRoutes);
    index.snapshot.routes.forEach((route, i) => {
      li?.order.set(route, i);
      if (!route.enabled || exits.has(route)) return;
      for (const g of new Set(route.groups)) {
        const list = li?.byGroup.get(g);
        if (list === undefined) li?.byGroup.set(g, [route]);
        else list.push(route);
      }
    });
    legacyIndexes.set(index, li);
  }
  return li;
}

/** receivedRouteSets: the enabled legacy routes (no exit nodes) the client receives, by network_id, in account order. */
export function receivedRouteSets(index: AccountIndex, clientId: string): Map<string, SnapRoute[]> {
  const { byGroup, order } = legacyIndex(index);
  const routes = new Set<SnapRoute>();
  for (const g of groupsOfPeer(index, clientId)) for (const r of byGroup.get(g) ?? []) routes.add(r);
  const out = new Map<string, SnapRoute[]>();
  for (const r of [...routes].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0))) {
    const list = out.get(r.network_id);
    if (list === undefined) out.set(r.network_id, [r]);
    else list.push(r);
  }
  return out;
}

/** receivedExitNode: the active exit node's routes, or null. */
export function receivedExitNode(index: AccountIndex, clientId: string): { key: string; routes: readonly SnapRoute[] } | null {
  const exit = activeExitNode(index, clientId);
  return exit === null ? null : { key: exit.network_id, routes: exit.routes };
}
