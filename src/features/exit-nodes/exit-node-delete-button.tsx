import { useNavigate } from '@/lib/router';
import type { Route } from '@/api';
import { useDeleteRoute } from '@/api/mutations';
import { ConfirmDeleteDialog } from '@/components/form';
import { useRouteLookups } from '@/components/lookups/use-route-lookups';
import { Button } from '@/components/ui/button';

/** ExitNodeDeleteButton: deletes an exit node after naming the groups whose internet traffic stops going through it. */
export function ExitNodeDeleteButton({ route }: { route: Route }) {
  const navigate = useNavigate();
  const lookups = useRouteLookups();
  const remove = useDeleteRoute();
  return (
    <ConfirmDeleteDialog
      title={`Delete exit node “${route.network_id}”?`}
      description="Its clients go back to their own internet connection (or to another exit node of theirs)."
      affected={[{ label: 'Distribution groups that lose this exit node', items: lookups.groupRefs(route.groups).map((g) => g.name) }]}
      onConfirm={async () => {
        await remove.mutateAsync(route.id);
        await navigate('/exit-nodes', { state: { notice: `Exit node “${route.network_id}” deleted.` } });
      }}
      trigger={
        <Button variant="outline" size="sm" className="text-destructive">
          Delete
        </Button>
      }
    />
  );
}
