import { useNavigate } from '@/lib/router';
import type { NameserverGroup } from '@/api';
import { useDeleteNameserverGroup } from '@/api/mutations';
import { ConfirmDeleteDialog } from '@/components/form';
import { useGroupRefs } from '@/components/lookups/use-group-refs';
import { Button } from '@/components/ui/button';

/**
 * NameserverDeleteButton: deletes a nameserver group after naming the groups that lose it; for a
 * primary group it says what that costs (their peers fall back to local resolvers, which is the
 * DNS leak exit nodes warn about).
 */
export function NameserverDeleteButton({ group }: { group: NameserverGroup }) {
  const navigate = useNavigate();
  const groupRefs = useGroupRefs();
  const remove = useDeleteNameserverGroup();
  const description = group.primary
    ? 'Peers of its distribution groups lose these nameservers for every domain and fall back to their local resolvers (exit node users then leak DNS queries).'
    : `Peers of its distribution groups stop resolving ${group.domains.join(', ')} through these nameservers.`;
  return (
    <ConfirmDeleteDialog
      title={`Delete nameserver group “${group.name}”?`}
      description={description}
      affected={[{ label: 'Distribution groups that lose these nameservers', items: groupRefs(group.groups).map((g) => g.name) }]}
      onConfirm={async () => {
        await remove.mutateAsync(group.id);
        await navigate('/dns', { state: { notice: `Nameserver group “${group.name}” deleted.` } });
      }}
      trigger={
        <Button variant="outline" size="sm" className="text-destructive">
          Delete
        </Button>
      }
    />
  );
}
