import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useParams } from '@/lib/router';
import { queries, useApiClient } from '@/api';
import { PageHeader } from '@/components/page-header';
import { QueryBoundary } from '@/components/query-boundary';
import { LoadingState } from '@/components/query-state';
import { PolicyForm } from './policy-form';
import { valuesFromPolicy } from './policy-form-schema';
import { policiesPath, policyPath } from './paths';

function PolicyEditor({ policyId }: { policyId: string }) {
  const client = useApiClient();
  const { data: policy } = useSuspenseQuery(queries.policy(client, policyId));
  // The form starts from the policy as loaded; refetches after a save do not reset what is typed.
  const [defaults] = useState(() => valuesFromPolicy(policy));
  const [baseline] = useState(policy);
  return <PolicyForm policyId={policy.id} defaults={defaults} baseline={baseline} />;
}

/** PolicyEditPage: edit every rule of a stored policy. */
export default function PolicyEditPage() {
  const { policyId = '' } = useParams();
  const client = useApiClient();
  const { data: policy } = useQuery(queries.policy(client, policyId));
  const crumbs = [
    { label: 'Policies', to: policiesPath },
    { label: policy?.name ?? 'Policy', to: policyPath(policyId) },
  ];
  return (
    <>
      <PageHeader title={policy ? `Edit ${policy.name}` : 'Edit policy'} breadcrumbs={crumbs} description="Every rule of the policy, checked as the management server checks it." />
      <QueryBoundary loading={<LoadingState variant="detail" label="Loading policy…" />}>
        <PolicyEditor policyId={policyId} />
      </QueryBoundary>
    </>
  );
}
