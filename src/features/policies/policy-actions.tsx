import { useQuery } from '@tanstack/react-query';
import { CopyIcon, PencilIcon, Trash2Icon } from 'lucide-react';
import { Link, useNavigate } from '@/lib/router';
import { queries, useApiClient, type Policy } from '@/api';
import { useDeletePolicy } from '@/api/mutations';
import { ConfirmDeleteDialog } from '@/components/form';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { policyDeletionImpact } from '@/domain/rules/editor/policy-deletion';
import { reversePolicyOffer } from '@/domain/rules/editor/policy-reverse';
import { clonePolicyPath, policiesPath, policyEditPath, reversePolicyPath } from './paths';

/** PolicyHeaderActions: edit, clone and delete (with what the deletion leaves unreachable). */
export function PolicyHeaderActions({ policy }: { policy: Policy }) {
  const client = useApiClient();
  const { data: snapshot } = useQuery(queries.snapshot(client));
  const remove = useDeletePolicy();
  const navigate = useNavigate();
  const lost = snapshot ? policyDeletionImpact(snapshot, [policy.id]).map((f) => f.message) : [];
  return (
    <>
      <Button asChild>
        <Link to={policyEditPath(policy.id)}>
          <PencilIcon aria-hidden="true" /> Edit
        </Link>
      </Button>
      <Button variant="outline" asChild>
        <Link to={clonePolicyPath(policy.id)}>
          <CopyIcon aria-hidden="true" /> Clone
        </Link>
      </Button>
      <ConfirmDeleteDialog
        title={`Delete policy “${policy.name}”?`}
        description={`Its ${policy.rules.length === 1 ? 'rule stops' : `${policy.rules.length} rules stop`} allowing traffic at once. This cannot be undone.`}
        affected={[{ label: 'What stops working', items: lost }]}
        onConfirm={async () => {
          await remove.mutateAsync(policy.id);
          void navigate(policiesPath);
        }}
        trigger={
          <Button variant="outline">
            <Trash2Icon aria-hidden="true" /> Delete
          </Button>
        }
      />
    </>
  );
}

/**
 * ReversePolicyCard: "create reverse policy" for peer-to-peer rules, or why it is not offered (a
 * rule towards resources has nothing to reverse: a resource never opens connections).
 */
export function ReversePolicyCard({ policy }: { policy: Policy }) {
  const offer = reversePolicyOffer(policy);
  return (
    <Card aria-labelledby="policy-reverse">
      <CardHeader>
        <CardTitle id="policy-reverse">Reverse direction</CardTitle>
        <CardDescription>A new policy in which the destinations may open connections to the sources, on the same protocol and ports.</CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-2">
        {offer.offered ? (
          <>
            <Button variant="outline" className="self-start" asChild>
              <Link to={reversePolicyPath(policy.id)}>Create reverse policy</Link>
            </Button>
            {offer.skipped.length > 0 ? <p className="text-xs text-muted-foreground">Not reversed: {offer.skipped.join(' ')}</p> : null}
          </>
        ) : (
          <>
            <Button variant="outline" className="self-start" disabled>
              Create reverse policy
            </Button>
            <p className="text-sm text-muted-foreground">Not offered: {offer.reason}</p>
          </>
        )}
      </CardContent>
    </Card>
  );
}
