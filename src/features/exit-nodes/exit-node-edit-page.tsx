import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { useParams } from '@/lib/router';
import { queries, useApiClient } from '@/api';
import { PageHeader } from '@/components/page-header';
import { QueryBoundary } from '@/components/query-boundary';
import { LoadingState } from '@/components/query-state';
import { ExitNodeForm } from './exit-node-form';

function EditExitNode({ routeId }: { routeId: string }) {
  const client = useApiClient();
  const { data: route } = useSuspenseQuery(queries.route(client, routeId));
  return <ExitNodeForm route={route} />;
}

/** ExitNodeEditPage: edit one exit node. */
export default function ExitNodeEditPage() {
  const { routeId = '' } = useParams();
  const client = useApiClient();
  const { data: route } = useQuery(queries.route(client, routeId));
  const name = route?.network_id ?? 'exit node';
  const crumbs = [
    { label: 'Exit nodes', to: '/exit-nodes' },
    { label: name, to: `/exit-nodes/${encodeURIComponent(routeId)}` },
  ];
  return (
    <>
      <PageHeader title={`Edit ${name}`} breadcrumbs={crumbs} />
      <QueryBoundary loading={<LoadingState variant="detail" label="Loading exit node…" />}>
        <EditExitNode routeId={routeId} />
      </QueryBoundary>
    </>
  );
}
