import { useSuspenseQuery } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { ServerIcon } from 'lucide-react';
import { useMemo } from 'react';
import { Link } from '@/lib/router';
import { queries, useApiClient, type NameserverGroup } from '@/api';
import { DataTable } from '@/components/data-table/data-table';
import { EnabledBadge } from '@/components/enabled-badge';
import { GroupBadges, type GroupRef } from '@/components/group-badges';
import { EmptyState } from '@/components/query-state';
import { Badge } from '@/components/ui/badge';
import { matchText, nameserverText } from './nameserver-text';
import { useGroupRefs } from '@/components/lookups/use-group-refs';

const enc = encodeURIComponent;
const col = createColumnHelper<NameserverGroup>();

function nameserverColumns(groupRefs: (ids: readonly string[]) => GroupRef[]) {
  return [
    col.accessor('name', {
      header: 'Name',
      cell: (c) => (
        <Link to={`/dns/nameservers/${enc(c.row.original.id)}`} className="font-medium text-primary hover:underline">
          {c.getValue()}
        </Link>
      ),
    }),
    col.accessor((g) => g.nameservers.map(nameserverText).join(', '), {
      id: 'nameservers',
      header: 'Nameservers',
      cell: (c) => (
        <ul className="flex flex-col font-mono text-xs">
          {c.row.original.nameservers.map((ns) => (
            <li key={nameserverText(ns)}>{nameserverText(ns)}</li>
          ))}
        </ul>
      ),
    }),
    col.accessor((g) => matchText(g), {
      id: 'match',
      header: 'Match',
      cell: (c) => (c.row.original.primary ? <Badge variant="info">All domains</Badge> : <span className="font-mono text-xs">{c.getValue()}</span>),
    }),
    col.accessor((g) => (g.primary ? 'n/a' : g.search_domains_enabled ? 'Yes' : 'No'), { id: 'search', header: 'Search domains' }),
    col.accessor((g) => groupRefs(g.groups).map((r) => r.name).join(', '), {
      id: 'groups',
      header: 'Distribution',
      cell: (c) => <GroupBadges groups={groupRefs(c.row.original.groups)} max={3} />,
    }),
    col.accessor((g) => (g.enabled ? 'Enabled' : 'Disabled'), { id: 'enabled', header: 'Status', cell: (c) => <EnabledBadge enabled={c.row.original.enabled} /> }),
  ];
}

/** NameserverGroupsTable: every nameserver group: who asks it (distribution groups) for which domains. */
export function NameserverGroupsTable() {
  const client = useApiClient();
  const { data: groups } = useSuspenseQuery(queries.nameservers(client));
  const groupRefs = useGroupRefs();
  const columns = useMemo(() => nameserverColumns(groupRefs), [groupRefs]);
  if (groups.length === 0) {
    return <EmptyState icon={<ServerIcon />} title="No nameserver groups" message="Peers keep their local resolvers. Exit node users then leak DNS queries outside the tunnel." compact />;
  }
  return (
    <DataTable
      columns={columns}
      data={groups}
      label="Nameserver groups"
      getRowId={(g) => g.id}
      getRowHref={(g) => `/dns/nameservers/${enc(g.id)}`}
      initialSorting={[{ id: 'name', desc: false }]}
    />
  );
}
