import { useSuspenseQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from '@/lib/router';
import { queries, useApiClient } from '@/api';
import { PageHeader } from '@/components/page-header';
import { QueryBoundary } from '@/components/query-boundary';
import { LoadingState } from '@/components/query-state';
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';
import { reversePolicyOffer } from '@/domain/rules/editor/policy-reverse';
import { PolicyForm } from './policy-form';
import { cloneValues, emptyPolicyValues, valuesFromRequest } from './policy-form-schema';
import { policiesPath, policyPath } from './paths';

const crumbs = [{ label: 'Policies', to: policiesPath }];

function ClonedPolicyForm({ fromId }: { fromId: string }) {
  const client = useApiClient();
  const { data: original } = useSuspenseQuery(queries.policy(client, fromId));
  return <PolicyForm key={`clone-${original.id}`} policyId={null} defaults={cloneValues(original)} />;
}

function ReversedPolicyForm({ fromId }: { fromId: string }) {
  const client = useApiClient();
  const { data: original } = useSuspenseQuery(queries.policy(client, fromId));
  const offer = reversePolicyOffer(original);
  if (!offer.offered) {
    return (
      <Alert variant="info">
        <AlertTitle>No reverse policy for “{original.name}”</AlertTitle>
        <AlertDescription>
          <p>{offer.reason}</p>
          <Link to={policyPath(original.id)} className="text-primary underline">
            Back to the policy
          </Link>
        </AlertDescription>
      </Alert>
    );
  }
  return (
    <div className="flex flex-col gap-4">
      {offer.skipped.length > 0 ? (
        <Alert variant="info">
          <AlertTitle>Some rules are not reversed</AlertTitle>
          <AlertDescription>
            <ul className="ml-4 list-disc">
              {offer.skipped.map((reason) => (
                <li key={reason}>{reason}</li>
              ))}
            </ul>
          </AlertDescription>
        </Alert>
      ) : null}
      <PolicyForm key={`reverse-${original.id}`} policyId={null} defaults={valuesFromRequest(offer.policy)} />
    </div>
  );
}

/**
 * PolicyNewPage: a new policy: empty, a copy of another (?clone=<id>) or the reverse of another's
 * peer-to-peer rules (?reverse=<id>). Nothing is saved until the admin creates it.
 */
export default function PolicyNewPage() {
  const [params] = useSearchParams();
  const cloneId = params.get('clone');
  const reverseId = params.get('reverse');
  const title = cloneId ? 'Clone policy' : reverseId ? 'Reverse policy' : 'New policy';
  return (
    <>
      <PageHeader title={title} breadcrumbs={crumbs} description="Who may reach what: sources, destinations, protocol and ports, for every rule of the policy." />
      <QueryBoundary loading={<LoadingState variant="detail" label="Loading…" />}>
        {cloneId ? (
          <ClonedPolicyForm fromId={cloneId} />
        ) : reverseId ? (
          <ReversedPolicyForm fromId={reverseId} />
        ) : (
          <PolicyForm key="new" policyId={null} defaults={emptyPolicyValues()} />
        )}
      </QueryBoundary>
    </>
  );
}
