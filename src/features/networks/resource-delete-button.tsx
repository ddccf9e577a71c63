import { Trash2Icon } from 'lucide-react';
import { useNavigate } from '@/lib/router';
import type { NetworkResource } from '@/api';
import { useDeleteResource } from '@/api/mutations';
import { ConfirmDeleteDialog } from '@/components/form';
import { Button } from '@/components/ui/button';
import { resourceDeletionImpact } from '@/domain/rules/editor/resource-deletion';
import { networkPath } from './paths';
import { resourceDeletionLists } from './resource-deletion-lists';
import { useAccount } from './use-account';

/** ResourceDeleteButton: deletes one resource after naming the policy rules and groups it leaves. */
export function ResourceDeleteButton({ networkId, resource }: { networkId: string; resource: NetworkResource }) {
  const { snapshot } = useAccount();
  const remove = useDeleteResource();
  const navigate = useNavigate();
  const impact = resourceDeletionImpact(snapshot, [resource.id]);
  return (
    <ConfirmDeleteDialog
      title={`Delete resource “${resource.name}”?`}
      description={`${resource.address} is no longer reachable through this network.`}
      affected={resourceDeletionLists(impact)}
      confirmLabel="Delete resource"
      onConfirm={async () => {
        await remove.mutateAsync({ networkId, id: resource.id });
        void navigate(networkPath(networkId), { state: { saved: `Resource “${resource.name}” deleted.` } });
      }}
      trigger={
        <Button variant="outline">
          <Trash2Icon aria-hidden="true" /> Delete
        </Button>
      }
    />
  );
}
