import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { useParams, useSearchParams } from '@/lib/router';
import { queries, useApiClient } from '@/api';
import { PageHeader } from '@/components/page-header';
import { QueryBoundary } from '@/components/query-boundary';
import { LoadingState } from '@/components/query-state';
import { RouteForm } from './route-form';

function EditRoute({ routeId, focusAcl }: { routeId: string; focusAcl: boolean }) {
  const client = useApiClient();
  const { data: route } = useSuspenseQuery(queries.route(client, routeId));
  return <RouteForm route={route} focusAcl={focusAcl} />;
}

/** RouteEditPage: edit one legacy route; `?focus=acl` (the warning's "Add ACL groups") lands in the ACL groups field. */
export default function RouteEditPage() {
  const { routeId = '' } = useParams();
  const [search] = useSearchParams();
  const client = useApiClient();
  const { data: route } = useQuery(queries.route(client, routeId));
  const name = route?.network_id ?? 'route';
  const crumbs = [
    { label: 'Network routes', to: '/routes' },
    { label: name, to: `/routes/${encodeURIComponent(routeId)}` },
  ];
  return (
    <>
      <PageHeader title={`Edit ${name}`} breadcrumbs={crumbs} />
      <QueryBoundary loading={<LoadingState variant="detail" label="Loading route…" />}>
        <EditRoute routeId={routeId} focusAcl={search.get('focus') === 'acl'} />
      </QueryBoundary>
    </>
  );
}
