import type { AccountIndex, IndexedResource } from '@/domain/account';
import type { RouteMatch } from '@/domain/routing/route-lookup';
import type { SnapRoute } from '@/domain/snapshot';

/**
 * describe: how stage messages name the deciding objects, always with their ids, so the Trace
 * page can link them and an admin can find them in NetBird's dashboard.
 */

export function describeResource(index: AccountIndex, r: IndexedResource): string {
  const network = index.networks.get(r.network_id);
  const net = network === undefined ? `network ${r.network_id}` : `network "${network.name}" (${network.id})`;
  return `resource "${r.name}" (${r.id}, ${r.address}) of ${net}`;
}

function routeDestination(route: SnapRoute): string {
  return route.network_type === 'Domain' ? (route.domains ?? []).join(', ') : (route.network ?? '');
}

export function describeRoutes(kind: 'network route' | 'exit node', networkId: string, routes: readonly SnapRoute[]): string {
  const ids = routes.map((r) => r.id).join(', ');
  const dest = routes[0] === undefined ? '' : `, ${routeDestination(routes[0])}`;
  return `${kind} ${networkId} (route${routes.length > 1 ? 's' : ''} ${ids}${dest})`;
}

type RoutedMatch = Extract<RouteMatch, { kind: 'network-resource' | 'network-route' | 'exit-node' }>;

export function describeMatch(index: AccountIndex, m: RoutedMatch): string {
  switch (m.kind) {
    case 'network-resource':
      return describeResource(index, m.resource);
    case 'network-route':
      return describeRoutes('network route', m.network_id, m.routes);
    case 'exit-node':
      return `${describeRoutes('exit node', m.network_id, m.routes)}, ${m.selected ? 'selected by the client' : 'auto-applied'}`;
  }
}
