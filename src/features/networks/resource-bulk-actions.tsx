import type { NetworkResource } from '@/api';
import { useDeleteResource, useUpdateResource } from '@/api/mutations';
import { AddToGroupDialog, ConfirmDeleteDialog, type useBulkRun } from '@/components/form';
import { Button } from '@/components/ui/button';
import { resourceDeletionImpact } from '@/domain/rules/editor/resource-deletion';
import { resourceRequestOf } from './request-of';
import { resourceDeletionLists } from './resource-deletion-lists';
import { useAccount } from './use-account';

export const resourceNoun = (n: number) => (n === 1 ? 'resource' : 'resources');

/**
 * ResourceBulkActions: enable, disable, add to group or delete the selected resources of a network.
 * The run state belongs to the table's owner, so its outcome stays on screen after the selection clears.
 */
export function ResourceBulkActions({
  networkId,
  selected,
  clear,
  bulk,
}: {
  networkId: string;
  selected: NetworkResource[];
  clear: () => void;
  bulk: ReturnType<typeof useBulkRun>;
}) {
  const { snapshot } = useAccount();
  const update = useUpdateResource();
  const remove = useDeleteResource();
  const subject = `${selected.length} ${resourceNoun(selected.length)}`;

  const setEnabled = (enabled: boolean) =>
    void bulk
      .run(enabled ? 'Enabled' : 'Disabled', selected, (r) => r.name, (r) => update.mutateAsync({ networkId, id: r.id, body: resourceRequestOf(r, { enabled }) }))
      .then(clear);
  const addToGroups = async (groupIds: string[]) => {
    const names = groupIds.map((id) => snapshot.groups.find((g) => g.id === id)?.name ?? id).join(', ');
    const out = await bulk.run(
      'Added',
      selected,
      (r) => r.name,
      (r) => {
        const groups = [...new Set([...r.groups.map((g) => g.id), ...groupIds])];
        return update.mutateAsync({ networkId, id: r.id, body: resourceRequestOf(r, { groups }) });
      },
      ` to ${names}`,
    );
    clear();
    return out;
  };

  return (
    <>
      <Button size="sm" variant="outline" onClick={() => setEnabled(true)} disabled={bulk.pending}>
        Enable
      </Button>
      <Button size="sm" variant="outline" onClick={() => setEnabled(false)} disabled={bulk.pending}>
        Disable
      </Button>
      <AddToGroupDialog subject={subject} onConfirm={addToGroups} disabled={bulk.pending} />
      <ConfirmDeleteDialog
        title={`Delete ${subject}?`}
        description={`${selected.map((r) => r.name).join(', ')} will no longer be reachable.`}
        affected={resourceDeletionLists(
          resourceDeletionImpact(
            snapshot,
            selected.map((r) => r.id),
          ),
        )}
        confirmLabel={`Delete ${subject}`}
        onConfirm={async () => {
          await bulk.run('Deleted', selected, (r) => r.name, (r) => remove.mutateAsync({ networkId, id: r.id }));
          clear();
        }}
        trigger={
          <Button size="sm" variant="outline" disabled={bulk.pending}>
            Delete
          </Button>
        }
      />
    </>
  );
}
