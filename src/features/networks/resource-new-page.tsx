import { useSuspenseQuery } from '@tanstack/react-query';
import { useParams } from '@/lib/router';
import { queries, useApiClient } from '@/api';
import { PageHeader } from '@/components/page-header';
import { QueryBoundary } from '@/components/query-boundary';
import { LoadingState } from '@/components/query-state';
import { networkPath } from './paths';
import { ResourceForm } from './resource-form';

function NewResource({ networkId }: { networkId: string }) {
  const client = useApiClient();
  const { data: network } = useSuspenseQuery(queries.network(client, networkId));
  return (
    <>
      <PageHeader
        title="New resource"
        description={`A host, subnet or domain of ${network.name}, reached through its routing peers. Policies grant access through the resource's groups.`}
        breadcrumbs={[
          { label: 'Networks', to: '/networks' },
          { label: network.name, to: networkPath(networkId) },
        ]}
      />
      <div className="max-w-3xl">
        <ResourceForm network={network} />
      </div>
    </>
  );
}

/** ResourceNewPage: create one resource in a network. */
export default function ResourceNewPage() {
  const { networkId = '' } = useParams();
  return (
    <QueryBoundary title="New resource" loading={<LoadingState variant="detail" />}>
      <NewResource networkId={networkId} />
    </QueryBoundary>
  );
}
