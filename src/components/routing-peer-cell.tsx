import { Link } from '@/lib/router';
import type { Route } from '@/api';
import { GroupBadges } from '@/components/group-badges';
import type { RouteLookups } from './lookups/use-route-lookups';

/** RoutingPeerCell: a route is served by one peer (linked) or by every peer of its peer groups. */
export function RoutingPeerCell({ route, lookups }: { route: Pick<Route, 'peer' | 'peer_groups'>; lookups: RouteLookups }) {
  if (route.peer) {
    return (
      <Link to={`/peers/${encodeURIComponent(route.peer)}`} className="font-medium text-primary hover:underline">
        {lookups.peer(route.peer)?.name ?? route.peer}
      </Link>
    );
  }
  return <GroupBadges groups={lookups.groupRefs(route.peer_groups)} emptyText="No routing peer" />;
}

/** routingPeerText: the same as text, for sorting and search. */
export function routingPeerText(route: Pick<Route, 'peer' | 'peer_groups'>, lookups: RouteLookups): string {
  if (route.peer) return lookups.peer(route.peer)?.name ?? route.peer;
  return lookups
    .groupRefs(route.peer_groups)
    .map((g) => g.name)
    .join(', ');
}
