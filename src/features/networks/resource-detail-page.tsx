import { useSuspenseQueries } from '@tanstack/react-query';
import { useParams } from '@/lib/router';
import { queries, useApiClient } from '@/api';
import { EnabledBadge } from '@/components/enabled-badge';
import { PageHeader, type Crumb } from '@/components/page-header';
import { QueryBoundary } from '@/components/query-boundary';
import { LoadingState } from '@/components/query-state';
import { ResourceTypeBadge } from '@/components/resource-type-badge';
import { networkPath } from './paths';
import { ResourceDeleteButton } from './resource-delete-button';
import { ResourceFacts } from './resource-facts';
import { ResourceForm } from './resource-form';
import { SavedNotice } from './saved-notice';

function ResourceDetail({ networkId, resourceId }: { networkId: string; resourceId: string }) {
  const client = useApiClient();
  const [network, resource] = useSuspenseQueries({
    queries: [queries.network(client, networkId), queries.resource(client, networkId, resourceId)],
  });
  const r = resource.data;
  const crumbs: Crumb[] = [
    { label: 'Networks', to: '/networks' },
    { label: network.data.name, to: networkPath(networkId) },
  ];
  return (
    <>
      <PageHeader
        title={r.name}
        description={r.description || undefined}
        breadcrumbs={crumbs}
        meta={
          <>
            <ResourceTypeBadge resource={r} />
            <EnabledBadge enabled={r.enabled} />
          </>
        }
        actions={<ResourceDeleteButton networkId={networkId} resource={r} />}
      />
      <SavedNotice />
      <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <ResourceForm key={r.id} network={network.data} resource={r} />
        <ResourceFacts network={network.data} resource={r} />
      </div>
    </>
  );
}

/** ResourceDetailPage: one network resource, editable: address (type detected), groups, state; delete. */
export default function ResourceDetailPage() {
  const { networkId = '', resourceId = '' } = useParams();
  return (
    <QueryBoundary
      title="Resource"
      breadcrumbs={[
        { label: 'Networks', to: '/networks' },
        { label: 'Network', to: networkPath(networkId) },
      ]}
      loading={<LoadingState variant="detail" />}
    >
      <ResourceDetail networkId={networkId} resourceId={resourceId} />
    </QueryBoundary>
  );
}
