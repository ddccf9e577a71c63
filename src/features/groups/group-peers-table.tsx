import { useSuspenseQuery } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo } from 'react';
import { Link } from '@/lib/router';
import { queries, useApiClient, type Group, type Peer } from '@/api';
import { DataTable } from '@/components/data-table/data-table';
import { EmptyState } from '@/components/query-state';
import { StatusDot } from '@/components/status-dot';

/** A member as the table shows it: the full peer when the peer list has it, else only what the group says. */
interface MemberRow {
  id: string;
  name: string;
  peer: Peer | undefined;
}

const col = createColumnHelper<MemberRow>();

const columns = [
  col.accessor('name', {
    header: 'Name',
    cell: (c) => (
      <Link to={`/peers/${encodeURIComponent(c.row.original.id)}`} className="font-medium text-primary hover:underline">
        {c.getValue()}
      </Link>
    ),
  }),
  col.accessor((r) => r.peer?.ip ?? '', { id: 'ip', header: 'NetBird IP', cell: (c) => <span className="font-mono text-xs">{c.getValue() || '—'}</span> }),
  col.accessor((r) => r.peer?.os ?? '', { id: 'os', header: 'OS', cell: (c) => c.getValue() || '—' }),
  col.accessor((r) => r.peer?.version ?? '', { id: 'version', header: 'Agent', cell: (c) => <span className="font-mono text-xs">{c.getValue() || '—'}</span> }),
  col.accessor((r) => (r.peer?.connected ? 'Connected' : 'Disconnected'), {
    id: 'status',
    header: 'Status',
    cell: (c) => (c.row.original.peer ? <StatusDot connected={c.row.original.peer.connected} /> : '—'),
  }),
];

/** GroupPeersTable: the peers of a group, each linking to its page. */
export function GroupPeersTable({ group }: { group: Group }) {
  const client = useApiClient();
  const { data: peers } = useSuspenseQuery(queries.peers(client));
  const rows = useMemo(() => {
    const byId = new Map(peers.map((p) => [p.id, p]));
    return group.peers.map((m) => ({ id: m.id, name: byId.get(m.id)?.name ?? m.name, peer: byId.get(m.id) }));
  }, [group.peers, peers]);
  if (rows.length === 0) return <EmptyState title="No peers in this group" compact />;
  return (
    <DataTable
      columns={columns}
      data={rows}
      label={`Peers of ${group.name}`}
      searchLabel={rows.length > 10 ? 'Search peers' : undefined}
      getRowId={(r) => r.id}
      getRowHref={(r) => `/peers/${encodeURIComponent(r.id)}`}
      initialSorting={[{ id: 'name', desc: false }]}
    />
  );
}
