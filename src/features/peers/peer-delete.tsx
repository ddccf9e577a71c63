import { useQuery } from '@tanstack/react-query';
import { Trash2Icon } from 'lucide-react';
import { useNavigate } from '@/lib/router';
import { queries, useApiClient, type Peer } from '@/api';
import { useDeletePeer } from '@/api/mutations';
import { ConfirmDeleteDialog } from '@/components/form';
import { Button } from '@/components/ui/button';
import { buildAccountIndex } from '@/domain/account';
import { peerDeletionImpact } from '@/domain/rules/editor/peer-deletion';

/**
 * PeerDelete: delete a peer after a confirmation naming the networks and routes it serves: those
 * left with no routing peer, routers and routes deleted with it or losing it, and the policy rules
 * that target it alone.
 */
export function PeerDelete({ peer }: { peer: Peer }) {
  const client = useApiClient();
  const { data: snapshot } = useQuery(queries.snapshot(client));
  const remove = useDeletePeer();
  const navigate = useNavigate();
  const affected = snapshot ? peerDeletionImpact(buildAccountIndex(snapshot), peer.id) : [];
  return (
    <ConfirmDeleteDialog
      title={`Delete peer “${peer.name}”?`}
      description="The peer is removed from the account; the machine can only rejoin with a new registration. This cannot be undone."
      affected={affected}
      onConfirm={async () => {
        await remove.mutateAsync(peer.id);
        void navigate('/peers');
      }}
      trigger={
        <Button variant="outline">
          <Trash2Icon aria-hidden="true" /> Delete
        </Button>
      }
    />
  );
}
