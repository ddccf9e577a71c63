import { useSuspenseQueries } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { queries, useApiClient } from '@/api';
import { CopyButton } from '@/components/copy-button';
import { EnabledBadge } from '@/components/enabled-badge';
import { GroupBadges } from '@/components/group-badges';
import { KeyValueList } from '@/components/key-value-list';
import { PageHeader, type Crumb } from '@/components/page-header';
import { QueryBoundary } from '@/components/query-boundary';
import { LoadingState } from '@/components/query-state';
import { ResourceTypeBadge } from '@/components/resource-type-badge';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { networkPath } from './paths';

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
      />
      <div className="grid items-start gap-6 lg:grid-cols-2">
        <Card>
          <CardHeader>
            <CardTitle>Resource</CardTitle>
          </CardHeader>
          <CardContent>
            <KeyValueList
              items={[
                {
                  label: 'Address',
                  value: (
                    <span className="inline-flex items-center gap-1 font-mono text-xs">
                      {r.address}
                      <CopyButton value={r.address} label="Copy address" />
                    </span>
                  ),
                },
                { label: 'Type', value: <ResourceTypeBadge resource={r} /> },
                { label: 'Status', value: <EnabledBadge enabled={r.enabled} /> },
                {
                  label: 'Network',
                  value: (
                    <Link to={networkPath(networkId)} className="hover:underline">
                      {network.data.name}
                    </Link>
                  ),
                },
                { label: 'Resource ID', value: <span className="font-mono text-xs">{r.id}</span> },
              ]}
            />
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>Groups</CardTitle>
            <CardDescription>Policies reach this resource through these groups.</CardDescription>
          </CardHeader>
          <CardContent>
            <GroupBadges groups={r.groups} max={50} />
          </CardContent>
        </Card>
      </div>
    </>
  );
}

/** ResourceDetailPage: one network resource: its address, derived type, state and groups. */
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
