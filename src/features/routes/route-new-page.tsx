import { PageHeader } from '@/components/page-header';
import { QueryBoundary } from '@/components/query-boundary';
import { LoadingState } from '@/components/query-state';
import { NetworksBanner } from './networks-banner';
import { RouteForm } from './route-form';

const crumbs = [{ label: 'Network routes', to: '/routes' }];

/** RouteNewPage: create a legacy network route, after the banner that recommends Networks. */
export default function RouteNewPage() {
  return (
    <>
      <PageHeader title="New network route" breadcrumbs={crumbs} description="A prefix or a domain list, served by routing peers to the peers of distribution groups." />
      <NetworksBanner />
      <QueryBoundary loading={<LoadingState variant="detail" label="Loading…" />}>
        <RouteForm />
      </QueryBoundary>
    </>
  );
}
