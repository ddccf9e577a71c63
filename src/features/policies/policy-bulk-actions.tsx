import { useQuery } from '@tanstack/react-query';
import { queries, useApiClient, type Policy } from '@/api';
import { useDeletePolicy, useUpdatePolicy } from '@/api/mutations';
import { AddToGroupDialog, ConfirmDeleteDialog, type useBulkRun } from '@/components/form';
import { Button } from '@/components/ui/button';
import { withSourceGroups } from '@/domain/draft/bulk-groups';
import { policyRequestFromStored } from '@/domain/draft/policy';
import { policyDeletionImpact } from '@/domain/rules/editor/policy-deletion';

type BulkRun = ReturnType<typeof useBulkRun>;

/**
 * PolicyBulkActions: enable, disable or delete the selected policies, one request each (NetBird has
 * no bulk endpoint). A policy is stored whole, so enabling one sends it back unchanged but for
 * `enabled`. The delete dialog names what stops working once all of them are gone.
 */
export function PolicyBulkActions({ selected, clear, bulk }: { selected: Policy[]; clear: () => void; bulk: BulkRun }) {
  const client = useApiClient();
  const { data: snapshot } = useQuery(queries.snapshot(client));
  const update = useUpdatePolicy();
  const remove = useDeletePolicy();
  const setEnabled = async (enabled: boolean) => {
    await bulk.run(enabled ? 'Enabled' : 'Disabled', selected, (p) => p.name, (p) =>
      update.mutateAsync({ id: p.id, body: { ...policyRequestFromStored(p), enabled } }),
    );
    clear();
  };
  const subject = selected.length === 1 ? 'this policy' : `${selected.length} policies`;
  const addSources = async (groupIds: string[]) => {
    const names = groupIds.map((id) => snapshot?.groups.find((g) => g.id === id)?.name ?? id).join(', ');
    const out = await bulk.run('Updated', selected, (p) => p.name, (p) =>
      update.mutateAsync({ id: p.id, body: withSourceGroups(policyRequestFromStored(p), groupIds) }),
      `: added source groups ${names}`,
    );
    clear();
    return out;
  };
  const lost = snapshot ? policyDeletionImpact(snapshot, selected.map((p) => p.id)).map((f) => f.message) : [];
  return (
    <>
      <Button variant="outline" size="sm" disabled={bulk.pending} onClick={() => void setEnabled(true)}>
        Enable
      </Button>
      <Button variant="outline" size="sm" disabled={bulk.pending} onClick={() => void setEnabled(false)}>
        Disable
      </Button>
      <AddToGroupDialog
        subject={subject}
        onConfirm={addSources}
        disabled={bulk.pending}
        wording={{
          trigger: 'Add source group…',
          title: `Add source groups to ${subject}`,
          description: 'Every rule with group sources also admits the groups chosen here (a rule whose source is a resource keeps it). Their peers gain what these policies allow.',
          field: 'Source groups to add',
          confirm: 'Add source groups',
        }}
      />
      <ConfirmDeleteDialog
        title={`Delete ${subject}?`}
        description="Their rules stop allowing traffic at once. This cannot be undone."
        affected={[
          { label: 'Policies deleted', items: selected.map((p) => p.name) },
          { label: 'What stops working', items: lost },
        ]}
        onConfirm={async () => {
          await bulk.run('Deleted', selected, (p) => p.name, (p) => remove.mutateAsync(p.id));
          clear();
        }}
        trigger={
          <Button variant="outline" size="sm" disabled={bulk.pending}>
            Delete…
          </Button>
        }
      />
    </>
  );
}
