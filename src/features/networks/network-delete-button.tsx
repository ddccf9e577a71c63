import { Trash2Icon } from 'lucide-react';
import { useNavigate } from '@/lib/router';
import type { Network } from '@/api';
import { useDeleteNetwork } from '@/api/mutations';
import { ConfirmDeleteDialog } from '@/components/form';
import { Button } from '@/components/ui/button';
import { networkDeletionImpact } from '@/domain/rules/editor/network-deletion';
import { resourceDeletionLists } from './resource-deletion-lists';
import { useAccount } from './use-account';

/** NetworkDeleteButton: deletes a network after naming the resources and routing peers that go with it. */
export function NetworkDeleteButton({ network }: { network: Network }) {
  const { snapshot } = useAccount();
  const remove = useDeleteNetwork();
  const navigate = useNavigate();
  const impact = networkDeletionImpact(snapshot, network.id);
  const r = impact.resources.length;
  const p = impact.routers.length;
  return (
    <ConfirmDeleteDialog
      title={`Delete network “${network.name}”?`}
      description={`This also deletes its ${r} ${r === 1 ? 'resource' : 'resources'} and ${p} ${p === 1 ? 'routing peer' : 'routing peers'}.`}
      affected={[
        { label: 'Resources deleted with it', items: impact.resources },
        { label: 'Routing peers deleted with it', items: impact.routers },
        ...resourceDeletionLists(impact).filter((l) => l.label !== 'Groups it leaves'),
      ]}
      confirmLabel="Delete network"
      onConfirm={async () => {
        await remove.mutateAsync(network.id);
        void navigate('/networks', { state: { saved: `Network “${network.name}” deleted.` } });
      }}
      trigger={
        <Button variant="outline">
          <Trash2Icon aria-hidden="true" /> Delete
        </Button>
      }
    />
  );
}
