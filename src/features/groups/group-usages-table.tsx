import { createColumnHelper } from '@tanstack/react-table';
import { useMemo } from 'react';
import { Link } from '@/lib/router';
import { DataTable } from '@/components/data-table/data-table';
import { EmptyState } from '@/components/query-state';
import { usageRow, type UsageRow } from './group-usage-rows';
import { useGroupUsages } from './use-group-usages';

const col = createColumnHelper<UsageRow>();

const columns = [
  col.accessor('type', { header: 'Used by' }),
  col.accessor('name', {
    header: 'Name',
    cell: (c) => (
      <Link to={c.row.original.href} className="font-medium text-primary hover:underline">
        {c.getValue()}
      </Link>
    ),
  }),
  col.accessor('role', { header: 'Role of the group', cell: (c) => <span className="text-sm">{c.getValue()}</span> }),
];

/**
 * GroupUsagesTable: every policy, route, exit node, routing peer group, nameserver group, setup key
 * and DNS setting that refers to the group: what changes if its membership changes, and what would
 * stop a delete.
 */
export function GroupUsagesTable({ groupId, groupName }: { groupId: string; groupName: string }) {
  const usages = useGroupUsages(groupId);
  const rows = useMemo(() => usages.map(usageRow).filter((r): r is UsageRow => r !== null), [usages]);
  if (rows.length === 0) {
    return <EmptyState title="Not used anywhere" message="No policy, route, routing peer, nameserver group, setup key or DNS setting refers to this group." compact />;
  }
  return <DataTable columns={columns} data={rows} label={`Where ${groupName} is used`} getRowId={(r) => r.key} getRowHref={(r) => r.href} />;
}
