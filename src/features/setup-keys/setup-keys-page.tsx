import { useSuspenseQuery } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { KeyRoundIcon } from 'lucide-react';
import { useMemo } from 'react';
import { Link } from '@/lib/router';
import { queries, useApiClient, type SetupKey } from '@/api';
import { DataTable } from '@/components/data-table/data-table';
import { GroupBadges, type GroupRef } from '@/components/group-badges';
import { PageHeader } from '@/components/page-header';
import { QueryBoundary } from '@/components/query-boundary';
import { EmptyState } from '@/components/query-state';
import { formatDateTime } from '@/lib/format';
import { NewSetupKeyDialog } from './new-setup-key-dialog';
import { RoutingPeerHint } from './routing-peer-hint';
import { SetupKeyStateBadge } from './setup-key-state-badge';
import { neverExpires, setupKeyState, usageText } from './setup-key-text';
import { useGroupRefs } from '@/components/lookups/use-group-refs';

const enc = encodeURIComponent;
const col = createColumnHelper<SetupKey>();

function setupKeyColumns(groupRefs: (ids: readonly string[]) => GroupRef[]) {
  return [
    col.accessor('name', {
      header: 'Name',
      cell: (c) => (
        <Link to={`/setup-keys/${enc(c.row.original.id)}`} className="font-medium text-primary hover:underline">
          {c.getValue()}
        </Link>
      ),
    }),
    col.accessor('type', { header: 'Type', cell: (c) => (c.getValue() === 'one-off' ? 'One-off' : c.getValue() === 'reusable' ? 'Reusable' : c.getValue()) }),
    col.accessor((k) => setupKeyState(k), { id: 'state', header: 'State', cell: (c) => <SetupKeyStateBadge state={c.getValue()} /> }),
    col.accessor((k) => k.used_times, { id: 'used', header: 'Used', cell: (c) => usageText(c.row.original) }),
    col.accessor((k) => (neverExpires(k.expires) ? 'Never' : k.expires), {
      id: 'expires',
      header: 'Expires',
      cell: (c) => (neverExpires(c.row.original.expires) ? 'Never' : formatDateTime(c.row.original.expires)),
    }),
    col.accessor((k) => groupRefs(k.auto_groups).map((g) => g.name).join(', '), {
      id: 'groups',
      header: 'Auto groups',
      cell: (c) => <GroupBadges groups={groupRefs(c.row.original.auto_groups)} max={3} />,
    }),
    col.accessor((k) => (k.ephemeral ? 'Yes' : 'No'), { id: 'ephemeral', header: 'Ephemeral' }),
  ];
}

function SetupKeysTable() {
  const client = useApiClient();
  const { data: keys } = useSuspenseQuery(queries.setupKeys(client));
  const groupRefs = useGroupRefs();
  const columns = useMemo(() => setupKeyColumns(groupRefs), [groupRefs]);
  if (keys.length === 0) {
    return <EmptyState icon={<KeyRoundIcon />} title="No setup keys" message="Setup keys register peers without an interactive login; routing peers should be registered with one." />;
  }
  return (
    <DataTable
      columns={columns}
      data={keys}
      label="Setup keys"
      searchLabel="Search setup keys"
      getRowId={(k) => k.id}
      getRowHref={(k) => `/setup-keys/${enc(k.id)}`}
      initialSorting={[{ id: 'name', desc: false }]}
    />
  );
}

/** SetupKeysPage: the account's setup keys: whether each can still register peers, and into which groups. */
export default function SetupKeysPage() {
  return (
    <>
      <PageHeader
        title="Setup keys"
        description="Keys that register peers without an interactive login and put them into their auto groups."
        actions={
          <QueryBoundary loading={<span className="sr-only">Loading…</span>}>
            <NewSetupKeyDialog />
          </QueryBoundary>
        }
      />
      <div className="mb-4">
        <RoutingPeerHint />
      </div>
      <QueryBoundary>
        <SetupKeysTable />
      </QueryBoundary>
    </>
  );
}
