import type { AccountIndex } from '@/domain/account';
import { routeIndexOf } from '@/domain/routing/route-index';
import type { SnapRoute } from '@/domain/snapshot';
import type { TracePath } from './trace-result';

/**
 * trace-ref: the account objects a trace names, as plain references a view can turn into
 * links. A resource and a router carry their network (their pages live under it); a legacy
 * route is an exit node when it covers 0.0.0.0/0 or ::/0, because the console shows exit nodes
 * on their own pages.
 */
export type TraceRef =
  | { type: 'peer'; id: string }
  | { type: 'policy'; id: string }
  | { type: 'group'; id: string }
  | { type: 'network'; id: string }
  | { type: 'resource'; id: string; network_id: string }
  | { type: 'router'; id: string; network_id: string }
  | { type: 'route'; id: string }
  | { type: 'exit-node'; id: string };

/** isExitRoute: a legacy route of the whole address space (0.0.0.0/0 or ::/0). */
export function isExitRoute(index: AccountIndex, route: SnapRoute): boolean {
  return routeIndexOf(index).routeCidr.get(route.id)?.prefix === 0;
}

/** routeRef: a legacy route as a route or an exit node. */
export function routeRef(index: AccountIndex, route: SnapRoute): TraceRef {
  return isExitRoute(index, route) ? { type: 'exit-node', id: route.id } : { type: 'route', id: route.id };
}

/** pathRef: the object a trace's path goes to (peer, resource or route), or null for `none`. */
export function pathRef(index: AccountIndex, path: TracePath): TraceRef | null {
  if (path.id === null) return null;
  switch (path.kind) {
    case 'peer':
      return { type: 'peer', id: path.id };
    case 'network-resource':
      return path.network_id === null ? null : { type: 'resource', id: path.id, network_id: path.network_id };
    case 'network-route':
    case 'exit-node': {
      const route = index.routes.get(path.id);
      if (route !== undefined) return routeRef(index, route);
      return path.kind === 'exit-node' ? { type: 'exit-node', id: path.id } : { type: 'route', id: path.id };
    }
    case 'none':
      return null;
  }
}
