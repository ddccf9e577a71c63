import { useState } from 'react';
import type { Route } from '@/api';
import { useDeleteRoute, useUpdateRoute } from '@/api/mutations';
import { AddToGroupDialog, ConfirmDeleteDialog, type useBulkRun } from '@/components/form';
import { Button } from '@/components/ui/button';
import { withRouteGroups, type RouteGroupRole } from '@/domain/draft/bulk-groups';
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

  const subject = routes.length === 1 ? '1 route' : `${routes.length} routes`;
  const addGroups = (role: RouteGroupRole) => async (groupIds: string[]) => {
    const out = await bulk.run('Updated', routes, label, (r) => update.mutateAsync({ id: r.id, body: withRouteGroups(routeDraftFrom(r), role, groupIds) }), `: added ${role === 'groups' ? 'distribution' : 'ACL'} groups ${groupNames(groupIds)}`);
    clear();
    return out;
  };

  return (
    <>
      <Button size="sm" variant="outline" disabled={bulk.pending} onClick={() => void setEnabled(true)}>
        Enable
      </Button>
      <Button size="sm" variant="outline" disabled={bulk.pending} onClick={() => void setEnabled(false)}>
        Disable
      </Button>
      <AddToGroupDialog
        subject={subject}
        onConfirm={addGroups('access_control_groups')}
        disabled={bulk.pending}
        wording={{
          trigger: 'Add ACL group…',
          title: `Add ACL groups to ${subject}`,
          description: 'With ACL groups, a route only lets through what policies allow toward those groups, instead of giving every peer of its distribution groups the whole destination.',
          field: 'ACL groups to add',
          confirm: 'Add ACL groups',
        }}
      />
      <AddToGroupDialog
        subject={subject}
        onConfirm={addGroups('groups')}
        disabled={bulk.pending}
        wording={{
          trigger: 'Add distribution group…',
          title: `Distribute ${subject} to more groups`,
          description: 'Peers of the groups chosen here also receive these routes.',
          field: 'Distribution groups to add',
          confirm: 'Add distribution groups',
        }}
      />
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
