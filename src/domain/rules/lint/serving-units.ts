import { routingPeerIds, type AccountIndex, type IndexedRouter } from '@/domain/account';
import { parseCidr } from '@/domain/net';
import type { SnapNetwork, SnapRoute } from '@/domain/snapshot';
import { isExitNodeRoute } from '@/domain/routes/exit-node';
import { normalizeRouteDomains } from '../validate/route';
import { ref, type FindingRef } from './finding';
import { networkLabel, routeDestination } from './names';

/**
 * serving-units: what one set of routing peers serves together. For Networks that is the network
 * (all its routers); for legacy routes it is the HA route set: NetBird's agent merges routes with
 * the same network identifier and the same destination (its HA unique ID, `network_id` plus the
 * CIDR or the domain list) and picks one routing peer among all of them. HA, masquerade,
 * liveness and collision findings are about these units, not about single routers or routes.
 */

export interface NetworkUnit {
  kind: 'network';
  network: SnapNetwork;
  routers: readonly IndexedRouter[];
  enabledRouters: readonly IndexedRouter[];
  /** Distinct peers behind the enabled routers (a peer named twice counts once). */
  peerIds: readonly string[];
}

export interface RouteSetUnit {
  kind: 'route-set';
  key: string;
  networkId: string;
  /** Every route of the set, enabled or not, in account order. */
  routes: readonly SnapRoute[];
  enabledRoutes: readonly SnapRoute[];
  /** Distinct peers behind the enabled routes. */
  peerIds: readonly string[];
  exitNode: boolean;
}

export type ServingUnit = NetworkUnit | RouteSetUnit;

export interface ServingUnits {
  networks: ReadonlyMap<string, NetworkUnit>;
  routeSets: ReadonlyMap<string, RouteSetUnit>;
  routeSetOfRoute: ReadonlyMap<string, RouteSetUnit>;
  /** The units each peer routes for (through an enabled router or route). */
  unitsOfPeer: ReadonlyMap<string, readonly ServingUnit[]>;
}

/** routeDestinationKey: the masked CIDR, or the sorted normalized domains; the raw text when unparsable. */
export function routeDestinationKey(route: Pick<SnapRoute, 'network' | 'domains'>): string {
  const domains = route.domains ?? [];
  if (domains.length > 0) {
    const normalized = normalizeRouteDomains(domains);
    return `domains:${(normalized.ok ? normalized.value : [...domains]).sort().join(',')}`;
  }
  const cidr = parseCidr(route.network ?? '');
  return `network:${cidr.ok ? cidr.value.text : (route.network ?? '')}`;
}

/** haSetKey: routes with equal keys form one HA route set (NetBird's HA unique ID). */
export const haSetKey = (route: Pick<SnapRoute, 'network_id' | 'network' | 'domains'>): string => `${route.network_id}\u0000${routeDestinationKey(route)}`;

function distinctPeers(index: AccountIndex, targets: readonly { peer?: string | undefined; peer_groups?: readonly string[] | null | undefined }[]): string[] {
  if (targets.length === 1 && targets[0] !== undefined) return routingPeerIds(index, targets[0]);
  const ids = new Set<string>();
  for (const t of targets) for (const p of routingPeerIds(index, t)) ids.add(p);
  return [...ids];
}

function build(index: AccountIndex): ServingUnits {
  const unitsOfPeer = new Map<string, ServingUnit[]>();
  const addPeers = (unit: ServingUnit) => {
    for (const p of unit.peerIds) {
      const list = unitsOfPeer.get(p);
      if (list === undefined) unitsOfPeer.set(p, [unit]);
      else list.push(unit);
    }
  };
  const networks = new Map<string, NetworkUnit>();
  for (const network of index.snapshot.networks) {
    const routers = index.routersOfNetwork.get(network.id) ?? [];
    const enabledRouters = routers.filter((r) => r.enabled);
    const unit: NetworkUnit = { kind: 'network', network, routers, enabledRouters, peerIds: distinctPeers(index, enabledRouters) };
    networks.set(network.id, unit);
    addPeers(unit);
  }
  const byKey = new Map<string, SnapRoute[]>();
  for (const route of index.snapshot.routes) {
    const key = haSetKey(route);
    const list = byKey.get(key);
    if (list === undefined) byKey.set(key, [route]);
    else list.push(route);
  }
  const routeSets = new Map<string, RouteSetUnit>();
  const routeSetOfRoute = new Map<string, RouteSetUnit>();
  for (const [key, routes] of byKey) {
    const first = routes[0];
    if (first === undefined) continue;
    const enabledRoutes = routes.filter((r) => r.enabled);
    const unit: RouteSetUnit = {
      kind: 'route-set',
      key,
      networkId: first.network_id,
      routes,
      enabledRoutes,
      peerIds: distinctPeers(index, enabledRoutes),
      exitNode: isExitNodeRoute(first),
    };
    routeSets.set(key, unit);
    for (const r of routes) routeSetOfRoute.set(r.id, unit);
    addPeers(unit);
  }
  return { networks, routeSets, routeSetOfRoute, unitsOfPeer };
}

const cache = new WeakMap<AccountIndex, ServingUnits>();

/** servingUnitsOf: the units of an account index, built once and cached with it. */
export function servingUnitsOf(index: AccountIndex): ServingUnits {
  let units = cache.get(index);
  if (units === undefined) {
    units = build(index);
    cache.set(index, units);
  }
  return units;
}

/** unitLabel: `network "Office"`, `route "office-lan" (192.168.50.0/24)`, `HA route set "dc" (10.0.0.0/8, 2 routes)`, `exit node "eu-exit" (0.0.0.0/0)`. */
export function unitLabel(index: AccountIndex, unit: ServingUnit): string {
  if (unit.kind === 'network') return networkLabel(index, unit.network.id);
  const first = unit.routes[0];
  const dest = first === undefined ? '' : routeDestination(first);
  if (unit.exitNode) return `exit node "${unit.networkId}" (${dest})`;
  if (unit.routes.length > 1) return `HA route set "${unit.networkId}" (${dest}, ${unit.routes.length} routes)`;
  return `route "${unit.networkId}" (${dest})`;
}

/** unitRefs: the network, or every route of the set (enabled ones first). */
export function unitRefs(unit: ServingUnit): FindingRef[] {
  if (unit.kind === 'network') return [ref('network', unit.network.id)];
  const disabled = unit.routes.filter((r) => !r.enabled);
  return [...unit.enabledRoutes, ...disabled].map((r) => ref('route', r.id));
}
