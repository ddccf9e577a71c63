import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@/lib/router';
import { queries, useApiClient, type Route } from '@/api';
import { useDeleteRoute } from '@/api/mutations';
import { ConfirmDeleteDialog } from '@/components/form';
import { useRouteLookups } from '@/components/lookups/use-route-lookups';
import { Button } from '@/components/ui/button';
import { routeDestinationText } from '@/domain/rules/explain/route-acl';
import { haSetKey } from '@/domain/rules/lint';

/**
 * RouteDeleteButton: deletes a route after naming who loses it (the distribution groups) and, for
 * an HA route set, which routes keep serving the destination without it.
 */
export function RouteDeleteButton({ route, listPath = '/routes' }: { route: Route; listPath?: string }) {
  const client = useApiClient();
  const navigate = useNavigate();
  const lookups = useRouteLookups();
  const remove = useDeleteRoute();
  const all = useQuery(queries.routes(client)).data ?? [];
  const siblings = all.filter((r) => r.id !== route.id && haSetKey(r) === haSetKey(route));
  const label = (r: Route) => `${r.network_id} via ${r.peer ? (lookups.peer(r.peer)?.name ?? r.peer) : lookups.groupRefs(r.peer_groups).map((g) => g.name).join(', ')}`;
  return (
    <ConfirmDeleteDialog
      title={`Delete route “${route.network_id}”?`}
      description={`Peers of its distribution groups stop routing ${routeDestinationText(route)} through it.`}
      affected={[
        { label: 'Distribution groups that lose the route', items: lookups.groupRefs(route.groups).map((g) => g.name) },
        { label: 'Routes of the same HA route set that keep serving', items: siblings.map(label) },
      ]}
      onConfirm={async () => {
        await remove.mutateAsync(route.id);
        await navigate(listPath, { state: { notice: `Route “${route.network_id}” deleted.` } });
      }}
      trigger={
        <Button variant="outline" size="sm" className="text-destructive">
          Delete
        </Button>
      }
    />
  );
}
