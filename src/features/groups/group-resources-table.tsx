import { createColumnHelper } from '@tanstack/react-table';
import { useMemo } from 'react';
import { Link } from '@/lib/router';
import type { Group } from '@/api';
import { DataTable } from '@/components/data-table/data-table';
import { EmptyState } from '@/components/query-state';
import { Badge } from '@/components/ui/badge';
import { useResourceIndex, type LocatedResource } from '@/components/lookups/use-resource-index';

interface ResourceRow {
  id: string;
  type: string;
  located: LocatedResource | undefined;
}

const enc = encodeURIComponent;
const resourceHref = (r: ResourceRow) => (r.located ? `/networks/${enc(r.located.networkId)}/resources/${enc(r.id)}` : undefined);

const col = createColumnHelper<ResourceRow>();

const columns = [
  col.accessor((r) => r.located?.resource.name ?? r.id, {
    id: 'name',
    header: 'Name',
    cell: (c) => {
      const href = resourceHref(c.row.original);
      return href ? (
        <Link to={href} className="font-medium text-primary hover:underline">
          {c.getValue()}
        </Link>
      ) : (
        <span className="font-mono text-xs">{c.getValue()} (not found in any network)</span>
      );
    },
  }),
  col.accessor((r) => r.located?.resource.address ?? '', { id: 'address', header: 'Address', cell: (c) => <span className="font-mono text-xs">{c.getValue() || '—'}</span> }),
  col.accessor((r) => r.located?.resource.type ?? r.type, { id: 'type', header: 'Type', cell: (c) => <Badge variant="info">{c.getValue()}</Badge> }),
  col.accessor((r) => r.located?.networkName ?? '', {
    id: 'network',
    header: 'Network',
    cell: (c) =>
      c.row.original.located ? (
        <Link to={`/networks/${enc(c.row.original.located.networkId)}`} className="hover:underline">
          {c.getValue()}
        </Link>
      ) : (
        '—'
      ),
  }),
];

/** GroupResourcesTable: the network resources of a group, each linking to its page in its network. */
export function GroupResourcesTable({ group }: { group: Group }) {
  const index = useResourceIndex();
  const rows = useMemo(
    () => group.resources.filter((r) => r.type !== 'peer').map((r) => ({ id: r.id, type: r.type, located: index.get(r.id) })),
    [group.resources, index],
  );
  if (rows.length === 0) return <EmptyState title="No network resources in this group" compact />;
  return (
    <DataTable
      columns={columns}
      data={rows}
      label={`Network resources of ${group.name}`}
      getRowId={(r) => r.id}
      getRowHref={(r) => resourceHref(r) ?? '/networks'}
      initialSorting={[{ id: 'name', desc: false }]}
    />
  );
}
