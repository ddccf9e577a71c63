import { useSuspenseQuery } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { UsersIcon } from 'lucide-react';
import { Link } from '@/lib/router';
import { queries, useApiClient, type Group } from '@/api';
import { DataTable } from '@/components/data-table/data-table';
import { PageHeader } from '@/components/page-header';
import { QueryBoundary } from '@/components/query-boundary';
import { EmptyState } from '@/components/query-state';
import { issuedLabel } from './issued-label';
import { NewGroupDialog } from './new-group-dialog';

const col = createColumnHelper<Group>();

const columns = [
  col.accessor('name', {
    header: 'Name',
    cell: (c) => (
      <Link to={`/groups/${encodeURIComponent(c.row.original.id)}`} className="font-medium text-primary hover:underline">
        {c.getValue()}
      </Link>
    ),
  }),
  col.accessor('peers_count', { header: 'Peers' }),
  col.accessor('resources_count', { header: 'Resources' }),
  col.accessor((g) => issuedLabel(g.issued), { id: 'issued', header: 'Issued by' }),
];

function GroupsTable() {
  const client = useApiClient();
  const { data: groups } = useSuspenseQuery(queries.groups(client));
  if (groups.length === 0) {
    return <EmptyState icon={<UsersIcon />} title="No groups" message="Groups collect peers and network resources; policies, routes and DNS settings point at groups." />;
  }
  return (
    <DataTable
      columns={columns}
      data={groups}
      label="Groups"
      searchLabel="Search groups"
      getRowId={(g) => g.id}
      getRowHref={(g) => `/groups/${encodeURIComponent(g.id)}`}
      initialSorting={[{ id: 'name', desc: false }]}
    />
  );
}

/** GroupsPage: every group with its member counts; a row opens the group and where it is used. */
export default function GroupsPage() {
  return (
    <>
      <PageHeader
        title="Groups"
        description="Groups hold peers and network resources. Policies, routes, routing peers, DNS and setup keys all refer to groups, never to single peers."
        actions={
          <QueryBoundary loading={<span className="sr-only">Loading…</span>}>
            <NewGroupDialog />
          </QueryBoundary>
        }
      />
      <QueryBoundary>
        <GroupsTable />
      </QueryBoundary>
    </>
  );
}
