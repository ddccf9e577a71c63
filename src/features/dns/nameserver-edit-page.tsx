import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { useParams } from '@/lib/router';
import { queries, useApiClient } from '@/api';
import { PageHeader } from '@/components/page-header';
import { QueryBoundary } from '@/components/query-boundary';
import { LoadingState } from '@/components/query-state';
import { NameserverForm } from './nameserver-form';

function EditNameserverGroup({ nsgroupId }: { nsgroupId: string }) {
  const client = useApiClient();
  const { data: group } = useSuspenseQuery(queries.nameserver(client, nsgroupId));
  return <NameserverForm group={group} />;
}

/** NameserverEditPage: edit one nameserver group. */
export default function NameserverEditPage() {
  const { nsgroupId = '' } = useParams();
  const client = useApiClient();
  const { data: group } = useQuery(queries.nameserver(client, nsgroupId));
  const name = group?.name ?? 'nameserver group';
  const crumbs = [
    { label: 'DNS', to: '/dns' },
    { label: name, to: `/dns/nameservers/${encodeURIComponent(nsgroupId)}` },
  ];
  return (
    <>
      <PageHeader title={`Edit ${name}`} breadcrumbs={crumbs} />
      <QueryBoundary loading={<LoadingState variant="detail" label="Loading nameserver group…" />}>
        <EditNameserverGroup nsgroupId={nsgroupId} />
      </QueryBoundary>
    </>
  );
}
