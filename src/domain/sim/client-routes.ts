import type { AccountIndex } from '@/domain/account';
import { networkRoutingOptions, routeRoutingOptions, type RoutingPeerOption } from '@/domain/routing/route-candidates';
import type { SnapRoute } from '@/domain/snapshot';
import { isLinked } from './linked-peers';
import { receivedExitNode, receivedNetworks, receivedRouteSets } from './received';

/**
 * client-routes: the routes a client's agent manages (./received.ts), each with the routing peers
 * it may pick from, the way trace's planRoute sees them: a Network's routers come with the resource policy,
 * a legacy route's or exit node's peers only when some policy links them with the client. Keyed
 * like the routing module's client state: a network id, or a legacy route's network_id.
 */

export type SimRouteKind = 'network' | 'route' | 'exit-node';

export interface SimRoute {
  key: string;
  kind: SimRouteKind;
  /** How an admin names it: the network's name, or the route's network identifier. */
  label: string;
  /** The routing peers the client connects to, one per peer. */
  options: readonly RoutingPeerOption[];
  /** Routing peers of a legacy route or exit node that no policy links with the client (never chosen). */
  unlinked: readonly string[];
}

/** RouteCache: per-index caches shared by every client (a network's routers are the same for all). */
export interface RouteCache {
  index: AccountIndex;
  /** A network's route as every client sees it (a client that is one of its routing peers gets its own copy). */
  network: Map<string, SimRoute>;
  /** Options of a legacy route set by its network_id, one entry per subset of its routes (clients of other groups may get other subsets). */
  legacy: Map<string, { routes: readonly SnapRoute[]; options: readonly RoutingPeerOption[] }[]>;
}

export const newRouteCache = (index: AccountIndex): RouteCache => ({ index, network: new Map(), legacy: new Map() });

/** networkRoute: a network's route as the client sees it (every router of it but the client itself). */
export function networkRoute(cache: RouteCache, networkId: string, clientId: string): SimRoute {
  let shared = cache.network.get(networkId);
  if (shared === undefined) {
    // No client excluded here ('' is no peer id); a client among the routers gets a copy without itself.
    const options = networkRoutingOptions(cache.index, networkId, '');
    shared = { key: networkId, kind: 'network', label: cache.index.networks.get(networkId)?.name ?? networkId, options, unlinked: [] };
    cache.network.set(networkId, shared);
  }
  return shared.options.some((o) => o.peerId === clientId) ? { ...shared, options: shared.options.filter((o) => o.peerId !== clientId) } : shared;
}

function legacyRoute(cache: RouteCache, clientId: string, key: string, kind: 'route' | 'exit-node', routes: readonly SnapRoute[]): SimRoute {
  let subsets = cache.legacy.get(key);
  if (subsets === undefined) cache.legacy.set(key, (subsets = []));
  let all = subsets.find((e) => e.routes.length === routes.length && e.routes.every((r, i) => r === routes[i]))?.options;
  if (all === undefined) {
    all = routeRoutingOptions(cache.index, routes, '');
    subsets.push({ routes, options: all });
  }
  const options: RoutingPeerOption[] = [];
  const unlinked: string[] = [];
  for (const o of all) {
    if (o.peerId === clientId) continue;
    if (isLinked(cache.index, clientId, o.peerId)) options.push(o);
    else unlinked.push(o.peerId);
  }
  return { key, kind, label: key, options, unlinked };
}

const KIND_ORDER: Readonly<Record<SimRouteKind, number>> = { network: 0, route: 1, 'exit-node': 2 };

/** clientRoutes: every route the client receives (only the active exit node), in a stable order. */
export function clientRoutes(cache: RouteCache, clientId: string): SimRoute[] {
  const { index } = cache;
  const out: SimRoute[] = [];
  for (const nid of receivedNetworks(index, clientId)) out.push(networkRoute(cache, nid, clientId));
  for (const [key, routes] of receivedRouteSets(index, clientId)) out.push(legacyRoute(cache, clientId, key, 'route', routes));
  const exit = receivedExitNode(index, clientId);
  if (exit !== null) out.push(legacyRoute(cache, clientId, exit.key, 'exit-node', exit.routes));
  return out.sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
