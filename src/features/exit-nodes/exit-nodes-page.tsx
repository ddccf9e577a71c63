import { useSuspenseQuery } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { GlobeIcon } from 'lucide-react';
import { useMemo } from 'react';
import { Link } from '@/lib/router';
import { queries, useApiClient, type Route } from '@/api';
import { DataTable } from '@/components/data-table/data-table';
import { LocationNotice } from '@/components/form/location-notice';
import { Button } from '@/components/ui/button';
import { EnabledBadge } from '@/components/enabled-badge';
import { GroupBadges } from '@/components/group-badges';
import { PageHeader } from '@/components/page-header';
import { QueryBoundary } from '@/components/query-boundary';
import { EmptyState } from '@/components/query-state';
import { isExitNodeRoute } from '@/domain/routes/exit-node';
import { ExitNodeFacts } from './exit-node-facts';
import { useRouteLookups, type RouteLookups } from '@/components/lookups/use-route-lookups';
import { RoutingPeerCell, routingPeerText } from '@/components/routing-peer-cell';

const enc = encodeURIComponent;
const col = createColumnHelper<Route>();

function exitNodeColumns(lookups: RouteLookups) {
  return [
    col.accessor('network_id', {
      header: 'Network ID',
      cell: (c) => (
        <Link to={`/exit-nodes/${enc(c.row.original.id)}`} className="font-medium text-primary hover:underline">
          {c.getValue()}
        </Link>
      ),
    }),
    col.accessor((r) => r.network ?? '', { id: 'network', header: 'Network', cell: (c) => <span className="font-mono text-xs">{c.getValue()}</span> }),
    col.accessor((r) => routingPeerText(r, lookups), { id: 'peer', header: 'Routing peer', cell: (c) => <RoutingPeerCell route={c.row.original} lookups={lookups} /> }),
    col.accessor((r) => lookups.groupRefs(r.groups).map((g) => g.name).join(', '), {
      id: 'groups',
      header: 'Distribution',
      cell: (c) => <GroupBadges groups={lookups.groupRefs(c.row.original.groups)} max={3} />,
    }),
    col.accessor((r) => (r.skip_auto_apply ? 'Manual' : 'Auto'), { id: 'auto', header: 'Auto apply', cell: (c) => (c.row.original.skip_auto_apply ? 'No' : 'Yes') }),
    col.accessor((r) => (r.masquerade ? 'On' : 'Off'), { id: 'masquerade', header: 'Masquerade' }),
    col.accessor((r) => (r.enabled ? 'Enabled' : 'Disabled'), { id: 'enabled', header: 'Status', cell: (c) => <EnabledBadge enabled={c.row.original.enabled} /> }),
  ];
}

function ExitNodesTable() {
  const client = useApiClient();
  const { data: routes } = useSuspenseQuery(queries.routes(client));
  const lookups = useRouteLookups();
  const exitNodes = useMemo(() => routes.filter((r) => isExitNodeRoute(r)), [routes]);
  const columns = useMemo(() => exitNodeColumns(lookups), [lookups]);
  if (exitNodes.length === 0) {
    return <EmptyState icon={<GlobeIcon />} title="No exit nodes" message="An exit node is a route to 0.0.0.0/0 (or ::/0): internet-bound traffic of its distribution groups leaves through its routing peer." />;
  }
  return (
    <DataTable
      columns={columns}
      data={exitNodes}
      label="Exit nodes"
      searchLabel="Search exit nodes"
      getRowId={(r) => r.id}
      getRowHref={(r) => `/exit-nodes/${enc(r.id)}`}
      initialSorting={[{ id: 'network_id', desc: false }]}
    />
  );
}

/** ExitNodesPage: routes to 0.0.0.0/0 or ::/0, whose routing peers carry internet-bound traffic. */
export default function ExitNodesPage() {
  return (
    <>
      <PageHeader
        title="Exit nodes"
        description="Routing peers that carry all internet-bound traffic of their distribution groups (routes to 0.0.0.0/0 or ::/0)."
        actions={
          <Button asChild>
            <Link to="/exit-nodes/new">Add exit node</Link>
          </Button>
        }
      />
      <LocationNotice />
      <div className="mb-4">
        <ExitNodeFacts />
      </div>
      <QueryBoundary>
        <ExitNodesTable />
      </QueryBoundary>
    </>
  );
}
