import type { Group, NetworkRouter } from '@/api';
import { useDeleteRouter, useUpdateGroup, useUpdateRouter } from '@/api/mutations';
import { AddToGroupDialog, ConfirmDeleteDialog, type useBulkRun } from '@/components/form';
import { Button } from '@/components/ui/button';
import { routerRequestOf } from './request-of';
import { routerRemovalLists } from './router-removal-lists';
import { useAccount } from './use-account';

export const routerNoun = (n: number) => (n === 1 ? 'routing peer' : 'routing peers');

export interface RouterRowLike {
  router: NetworkRouter;
  label: string;
}

/**
 * RouterBulkActions: enable, disable, delete the selected routers, or add their peers to groups
 * (a router names a peer or peer groups; "add to group" puts the routing peers themselves in the
 * chosen groups, e.g. a group a policy for the routing peers' own services targets).
 */
export function RouterBulkActions({
  networkId,
  selected,
  clear,
  bulk,
  groups,
}: {
  networkId: string;
  selected: RouterRowLike[];
  clear: () => void;
  bulk: ReturnType<typeof useBulkRun>;
  groups: readonly Group[];
}) {
  const { snapshot } = useAccount();
  const update = useUpdateRouter();
  const remove = useDeleteRouter();
  const updateGroup = useUpdateGroup();
  const subject = `${selected.length} ${routerNoun(selected.length)}`;

  const setEnabled = (enabled: boolean) =>
    void bulk
      .run(enabled ? 'Enabled' : 'Disabled', selected, (r) => r.label, (r) => update.mutateAsync({ networkId, id: r.router.id, body: routerRequestOf(r.router, { enabled }) }))
      .then(clear);

  const addToGroups = async (groupIds: string[]) => {
    const peerIds = new Set<string>();
    for (const { router } of selected) {
      if (router.peer) peerIds.add(router.peer);
      for (const g of router.peer_groups ?? []) for (const p of groups.find((x) => x.id === g)?.peers ?? []) peerIds.add(p.id);
    }
    const targets = groups.filter((g) => groupIds.includes(g.id));
    // One update per group with every routing peer at once: NetBird's PUT replaces the member list.
    const out = await bulk.run(
      `Added ${peerIds.size} ${peerIds.size === 1 ? 'peer' : 'peers'} to`,
      targets,
      (g) => g.name,
      (g) =>
        updateGroup.mutateAsync({
          id: g.id,
          body: { name: g.name, peers: [...new Set([...g.peers.map((p) => p.id), ...peerIds])], resources: g.resources },
        }),
      '',
      (n) => (n === 1 ? 'group' : 'groups'),
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
      <AddToGroupDialog subject={`the peers of ${subject}`} onConfirm={addToGroups} disabled={bulk.pending} />
      <ConfirmDeleteDialog
        title={`Remove ${subject}?`}
        description={`${selected.map((r) => r.label).join(', ')} stop routing for this network.`}
        affected={routerRemovalLists(
          snapshot,
          networkId,
          selected.map((r) => r.router.id),
        )}
        confirmLabel={`Remove ${subject}`}
        onConfirm={async () => {
          await bulk.run('Removed', selected, (r) => r.label, (r) => remove.mutateAsync({ networkId, id: r.router.id }));
          clear();
        }}
        trigger={
          <Button size="sm" variant="outline" disabled={bulk.pending}>
            Remove
          </Button>
        }
      />
    </>
  );
}
