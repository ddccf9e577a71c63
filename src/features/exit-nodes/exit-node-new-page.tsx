import { PageHeader } from '@/components/page-header';
import { QueryBoundary } from '@/components/query-boundary';
import { LoadingState } from '@/components/query-state';
import { ExitNodeForm } from './exit-node-form';

const crumbs = [{ label: 'Exit nodes', to: '/exit-nodes' }];

/** ExitNodeNewPage: create an exit node (a route to 0.0.0.0/0) with its checks. */
export default function ExitNodeNewPage() {
  return (
    <>
      <PageHeader title="New exit node" breadcrumbs={crumbs} description="A routing peer that carries all internet-bound traffic of its distribution groups." />
      <QueryBoundary loading={<LoadingState variant="detail" label="Loading…" />}>
        <ExitNodeForm />
      </QueryBoundary>
    </>
  );
}
