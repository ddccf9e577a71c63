import { PageHeader } from '@/components/page-header';
import { QueryBoundary } from '@/components/query-boundary';
import { LoadingState } from '@/components/query-state';
import { NameserverForm } from './nameserver-form';

const crumbs = [{ label: 'DNS', to: '/dns' }];

/** NameserverNewPage: create a nameserver group. */
export default function NameserverNewPage() {
  return (
    <>
      <PageHeader title="New nameserver group" breadcrumbs={crumbs} description="Resolvers the peers of some groups use, for every domain or for match domains." />
      <QueryBoundary loading={<LoadingState variant="detail" label="Loading…" />}>
        <NameserverForm />
      </QueryBoundary>
    </>
  );
}
