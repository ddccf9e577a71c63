import { groupsOfPeer, peersOfGroup, type AccountIndex } from '@/domain/account';
import { peerLink } from '@/domain/access/decide-acl';
import { rulesTowardResource } from '@/domain/access/rule-index';
import { sortCandidates, type RoutingCandidate } from '@/domain/routing/choose-routing-peer';
import { networkRoutingOptions, routeRoutingOptions, type RoutingPeerOption } from '@/domain/routing/route-candidates';
import { routeIndexOf } from '@/domain/routing/route-index';
import { activeExitNode } from '@/domain/routing/route-lookup';
import type { SnapRoute } from '@/domain/snapshot';
import type { SimRouteKind } from './client-routes';
import { newSimLab, peerOnline, type SimLab } from './sim-lab';

/**
 * builtin-targets: where a built-in scenario can act in an account: every network, legacy route
 * set and exit node with its routing peers ranked the way clients rank them (online first, then
 * metric), and, for the one a built-in picks, the online clients that use it. Built-ins choose
 * from these, so they run on any account, not only the demo; only the chosen route's clients
 * are looked up, so picking stays cheap on large accounts.
 */

export interface RouteTarget {
  key: string;
  kind: SimRouteKind;
  label: string;
  ranked: RoutingPeerOption[];
  routes: readonly SnapRoute[];
}

function rank(lab: SimLab, options: readonly RoutingPeerOption[]): RoutingPeerOption[] {
  const candidates: RoutingCandidate[] = options.map((o) => ({
    id: o.peerId,
    metric: o.metric,
    status: peerOnline(lab, o.peerId) ? 'connected' : 'connecting',
    relayed: false,
    latency_ms: 1,
    latency_noise_ms: 0,
    degraded_for_s: null,
  }));
  const byId = new Map(options.map((o) => [o.peerId, o]));
  return sortCandidates(candidates, null).flatMap((c) => byId.get(c.id) ?? []);
}

/** routeTargets: networks (account order), then legacy route sets, then exit nodes, each by network_id. */
export function routeTargets(index: AccountIndex): RouteTarget[] {
  const lab = newSimLab(index);
  const out: RouteTarget[] = index.snapshot.networks.map((n) => ({ key: n.id, kind: 'network', label: n.name, ranked: rank(lab, networkRoutingOptions(index, n.id, '')), routes: [] }));
  const exits = new Set(routeIndexOf(index).exitRoutes);
  const sets = new Map<string, SnapRoute[]>();
  for (const r of index.snapshot.routes) if (r.enabled) (sets.get(r.network_id) ?? sets.set(r.network_id, []).get(r.network_id)!).push(r);
  const legacy: RouteTarget[] = [];
  const exitTargets: RouteTarget[] = [];
  for (const [key, routes] of sets) {
    const target: RouteTarget = { key, kind: routes.some((r) => exits.has(r)) ? 'exit-node' : 'route', label: key, ranked: rank(lab, routeRoutingOptions(index, routes, '')), routes };
    (target.kind === 'exit-node' ? exitTargets : legacy).push(target);
  }
  return [...out, ...legacy, ...exitTargets];
}

/** onlineOptions: the ranked routing peers that are online now. */
export function onlineOptions(index: AccountIndex, target: RouteTarget): RoutingPeerOption[] {
  const lab = newSimLab(index);
  return target.ranked.filter((o) => peerOnline(lab, o.peerId));
}

/** networkSources: the peers the policies towards a network's enabled resources send it to. */
function networkSources(index: AccountIndex, networkId: string): Set<string> {
  const out = new Set<string>();
  for (const r of index.resourcesOfNetwork.get(networkId) ?? []) {
    if (!r.enabled) continue;
    for (const rule of rulesTowardResource(index, r.id)) {
      for (const g of rule.sourceGroups) for (const p of peersOfGroup(index, g)) out.add(p);
      if (rule.sourcePeer !== null) out.add(rule.sourcePeer);
    }
  }
  return out;
}

/**
 * targetClients: the online clients of a target that can pick one of its routing peers, in account
 * order (legacy routes and exit nodes need a policy linking the client with a routing peer).
 */
export function targetClients(index: AccountIndex, target: RouteTarget): string[] {
  const lab = newSimLab(index);
  const canPick = (client: string) => target.ranked.some((o) => o.peerId !== client && (target.kind === 'network' || peerLink(index, client, o.peerId) !== null));
  let receives: (client: string) => boolean;
  switch (target.kind) {
    case 'network': {
      const sources = networkSources(index, target.key);
      receives = (c) => sources.has(c);
      break;
    }
    case 'route':
      receives = (c) => {
        const groups = groupsOfPeer(index, c);
        return target.routes.some((r) => r.groups.some((g) => groups.has(g)));
      };
      break;
    case 'exit-node':
      receives = (c) => activeExitNode(index, c)?.network_id === target.key;
      break;
  }
  return index.snapshot.peers.map((p) => p.id).filter((c) => peerOnline(lab, c) && receives(c) && canPick(c));
}
