import { useSuspenseQuery } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { NetworkIcon, PlusIcon } from 'lucide-react';
import { Link } from '@/lib/router';
import { queries, useApiClient, type Network } from '@/api';
import { DataTable } from '@/components/data-table/data-table';
import { PageHeader } from '@/components/page-header';
import { QueryBoundary } from '@/components/query-boundary';
import { EmptyState } from '@/components/query-state';
import { Button } from '@/components/ui/button';
import { NetworkFormButton } from './network-form-button';
import { networkPath } from './paths';
import { SavedNotice } from './saved-notice';

const col = createColumnHelper<Network>();

const columns = [
  col.accessor('name', {
    header: 'Name',
    cell: (c) => (
      <Link to={networkPath(c.row.original.id)} className="font-medium hover:underline">
        {c.getValue()}
      </Link>
    ),
  }),
  col.accessor((n) => n.description ?? '', {
    id: 'description',
    header: 'Description',
    cell: (c) => <span className="line-clamp-1 text-muted-foreground">{c.getValue() || '—'}</span>,
  }),
  col.accessor((n) => n.resources.length, { id: 'resources', header: 'Resources' }),
  col.accessor('routing_peers_count', { header: 'Routing peers' }),
  col.accessor((n) => n.policies.length, { id: 'policies', header: 'Policies' }),
];

function NetworkTable() {
  const client = useApiClient();
  const { data: networks } = useSuspenseQuery(queries.networks(client));
  if (networks.length === 0) {
    return (
      <EmptyState
        icon={<NetworkIcon />}
        title="No networks yet"
        message="A network groups the resources (hosts, subnets, domains) that routing peers make reachable, and the policies that allow access to them."
        action={<NewNetworkButton />}
      />
    );
  }
  return (
    <DataTable
      label="Networks"
      searchLabel="Search networks"
      columns={columns}
      data={networks}
      getRowId={(n) => n.id}
      getRowHref={(n) => networkPath(n.id)}
      initialSorting={[{ id: 'name', desc: false }]}
    />
  );
}

function NewNetworkButton() {
  return (
    <NetworkFormButton>
      <Button>
        <PlusIcon aria-hidden="true" /> New network
      </Button>
    </NetworkFormButton>
  );
}

/** NetworkListPage: every network with how much it holds: resources, routing peers, policies. */
export default function NetworkListPage() {
  return (
    <>
      <PageHeader
        title="Networks"
        description="Private networks reached through routing peers. Each holds resources, the routing peers that forward to them, and the policies that grant access."
        actions={<NewNetworkButton />}
      />
      <SavedNotice />
      <QueryBoundary>
        <NetworkTable />
      </QueryBoundary>
    </>
  );
}
