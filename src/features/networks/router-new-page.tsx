import { useSuspenseQuery } from '@tanstack/react-query';
import { useParams } from '@/lib/router';
import { queries, useApiClient } from '@/api';
import { PageHeader } from '@/components/page-header';
import { QueryBoundary } from '@/components/query-boundary';
import { LoadingState } from '@/components/query-state';
import { networkTabPath } from './paths';
import { RouterForm } from './router-form';

function NewRouter({ networkId }: { networkId: string }) {
  const client = useApiClient();
  const { data: network } = useSuspenseQuery(queries.network(client, networkId));
  return (
    <>
      <PageHeader
        title="New routing peer"
        description={`A peer (or every peer of some groups) inside ${network.name} that forwards traffic from NetBird clients to its resources.`}
        breadcrumbs={[
          { label: 'Networks', to: '/networks' },
          { label: network.name, to: networkTabPath(networkId, 'routing-peers') },
        ]}
      />
      <div className="max-w-3xl">
        <RouterForm networkId={networkId} />
      </div>
    </>
  );
}

/** RouterNewPage: add a routing peer to a network. */
export default function RouterNewPage() {
  const { networkId = '' } = useParams();
  return (
    <QueryBoundary title="New routing peer" loading={<LoadingState variant="detail" />}>
      <NewRouter networkId={networkId} />
    </QueryBoundary>
  );
}
