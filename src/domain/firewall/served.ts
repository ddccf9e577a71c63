import { routingPeerIds, type AccountIndex, type IndexedRouter } from '@/domain/account';
import { routeIndexOf } from '@/domain/routing/route-index';
import type { SnapRoute } from '@/domain/snapshot';

/**
 * served: what a peer is a routing peer for: the enabled routers that name it (directly or
 * through a peer group) and the enabled legacy routes (exit nodes included). Disabled ones
 * install nothing on the host.
 */
export interface Served {
  routers: IndexedRouter[];
  routes: SnapRoute[];
}

export function servedBy(index: AccountIndex, peerId: string): Served {
  const routers = [...index.routers.values()].filter((r) => r.enabled && routingPeerIds(index, r).includes(peerId));
  const routes = index.snapshot.routes.filter((r) => r.enabled && routingPeerIds(index, r).includes(peerId));
  return { routers, routes };
}

export const isRoutingPeer = (served: Served): boolean => served.routers.length > 0 || served.routes.length > 0;

/** isExitRoute: a legacy route to 0.0.0.0/0 or ::/0. */
export function isExitRoute(index: AccountIndex, route: SnapRoute): boolean {
  return routeIndexOf(index).routeCidr.get(route.id)?.prefix === 0;
}
