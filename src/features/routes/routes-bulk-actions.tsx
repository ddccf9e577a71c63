import { useState } from 'react';
import { useDeleteRoute, useUpdateRoute, type Route } from '@/api';
import { ConfirmDeleteDialog, type useBulkRun } from '@/components/form';
import { Button } from '@/components/ui/button';
import { routeDraftFrom } from '@/domain/draft/route';

type BulkRun = ReturnType<typeof useBulkRun>;

/**
 * RoutesBulkActions: enable, disable or delete the selected routes, one request each (NetBird has
 * no bulk endpoint). A route already in the wanted state is skipped, and deletion first names the
 * routes and their distribution groups.
 */
export function RoutesBulkActions({
  routes,
  clear,
  bulk,
  groupNames,
}: {
  routes: Route[];
  clear: () => void;
  bulk: BulkRun;
  groupNames: (ids: readonly string[]) => string;
}) {
  const update = useUpdateRoute();
  const remove = useDeleteRoute();
  const [confirming, setConfirming] = useState(false);
  const label = (r: Route) => r.network_id;

  const setEnabled = async (enabled: boolean) => {
    const targets = routes.filter((r) => r.enabled !== enabled);
    await bulk.run(enabled ? 'Enabled' : 'Disabled', targets, label, (r) => update.mutateAsync({ id: r.id, body: { ...routeDraftFrom(r), enabled } }));
    clear();
  };

  return (
    <>
      <Button size="sm" variant="outline" disabled={bulk.pending} onClick={() => void setEnabled(true)}>
        Enable
      </Button>
      <Button size="sm" variant="outline" disabled={bulk.pending} onClick={() => void setEnabled(false)}>
        Disable
      </Button>
      <Button size="sm" variant="outline" className="text-destructive" disabled={bulk.pending} onClick={() => setConfirming(true)}>
        Delete…
      </Button>
      <ConfirmDeleteDialog
        open={confirming}
        onOpenChange={setConfirming}
        title={`Delete ${routes.length === 1 ? '1 route' : `${routes.length} routes`}?`}
        description="Peers of their distribution groups stop routing these destinations through them."
        affected={[{ label: 'Routes deleted, with the groups that lose them', items: routes.map((r) => `${r.network_id} (${groupNames(r.groups)})`) }]}
        onConfirm={async () => {
          const outcome = await bulk.run('Deleted', routes, label, (r) => remove.mutateAsync(r.id));
          if (outcome.failures.length > 0) throw outcome.failures[0]?.error;
          clear();
        }}
      />
    </>
  );
}
