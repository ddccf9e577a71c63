import { Trash2Icon } from 'lucide-react';
import { useNavigate } from '@/lib/router';
import type { NetworkRouter } from '@/api';
import { useDeleteRouter } from '@/api/mutations';
import { ConfirmDeleteDialog } from '@/components/form';
import { Button } from '@/components/ui/button';
import { networkTabPath } from './paths';
import { routerRemovalLists } from './router-removal-lists';
import { useAccount } from './use-account';

/**
 * RouterDeleteButton: removes a routing peer after saying who carries the traffic afterwards and
 * which resources nobody could reach any more (ranked again without it).
 */
export function RouterDeleteButton({ networkId, router, label }: { networkId: string; router: NetworkRouter; label: string }) {
  const { snapshot } = useAccount();
  const remove = useDeleteRouter();
  const navigate = useNavigate();
  return (
    <ConfirmDeleteDialog
      title={`Remove routing peer “${label}”?`}
      description="It stops routing for this network."
      affected={routerRemovalLists(snapshot, networkId, [router.id])}
      confirmLabel="Remove routing peer"
      onConfirm={async () => {
        await remove.mutateAsync({ networkId, id: router.id });
        void navigate(networkTabPath(networkId, 'routing-peers'), { state: { saved: `Routing peer “${label}” removed.` } });
      }}
      trigger={
        <Button variant="outline">
          <Trash2Icon aria-hidden="true" /> Remove
        </Button>
      }
    />
  );
}
