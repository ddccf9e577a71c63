import { useSuspenseQuery } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { RouteIcon } from 'lucide-react';
import { useMemo } from 'react';
import { Link } from '@/lib/router';
import { queries, useApiClient, type Route } from '@/api';
import { SelectableDataTable } from '@/components/data-table/selectable-data-table';
import { BulkOutcomeText, useBulkRun } from '@/components/form';
import { LocationNotice } from '@/components/form/location-notice';
import { EnabledBadge } from '@/components/enabled-badge';
import { GroupBadges } from '@/components/group-badges';
import { PageHeader } from '@/components/page-header';
import { QueryBoundary } from '@/components/query-boundary';
import { EmptyState } from '@/components/query-state';
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { routeAclWarning, routeDestinationText } from '@/domain/rules/explain/route-acl';
import { isExitNodeRoute } from '@/domain/routes/exit-node';
import { useRouteLookups, type RouteLookups } from '@/components/lookups/use-route-lookups';
import { RoutingPeerCell, routingPeerText } from '@/components/routing-peer-cell';
import { NetworksBanner } from './networks-banner';
import { RoutesBulkActions } from './routes-bulk-actions';

interface RouteRow {
  route: Route;
  destination: string;
  peerText: string;
  warning: string | null;
}

const enc = encodeURIComponent;
const col = createColumnHelper<RouteRow>();

function routeColumns(lookups: RouteLookups) {
  return [
    col.accessor((r) => r.route.network_id, {
      id: 'network_id',
      header: 'Network ID',
      cell: (c) => (
        <Link to={`/routes/${enc(c.row.original.route.id)}`} className="font-medium text-primary hover:underline">
          {c.getValue()}
        </Link>
      ),
    }),
    col.accessor('destination', { header: 'Network or domains', cell: (c) => <span className="font-mono text-xs">{c.getValue()}</span> }),
    col.accessor('peerText', { header: 'Routing peer', cell: (c) => <RoutingPeerCell route={c.row.original.route} lookups={lookups} /> }),
    col.accessor((r) => lookups.groupRefs(r.route.groups).map((g) => g.name).join(', '), {
      id: 'groups',
      header: 'Distribution',
      cell: (c) => <GroupBadges groups={lookups.groupRefs(c.row.original.route.groups)} max={3} />,
    }),
    col.accessor((r) => lookups.groupRefs(r.route.access_control_groups).map((g) => g.name).join(', '), {
      id: 'acl',
      header: 'ACL groups',
      cell: (c) =>
        c.row.original.warning ? (
          <Badge variant="warning" title={c.row.original.warning}>
            None: unrestricted
          </Badge>
        ) : (
          <GroupBadges groups={lookups.groupRefs(c.row.original.route.access_control_groups)} max={3} />
        ),
    }),
    col.accessor((r) => r.route.metric, { id: 'metric', header: 'Metric' }),
    col.accessor((r) => (r.route.masquerade ? 'On' : 'Off'), { id: 'masquerade', header: 'Masquerade' }),
    col.accessor((r) => (r.route.enabled ? 'Enabled' : 'Disabled'), { id: 'enabled', header: 'Status', cell: (c) => <EnabledBadge enabled={c.row.original.route.enabled} /> }),
  ];
}

function RoutesTable() {
  const client = useApiClient();
  const { data: all } = useSuspenseQuery(queries.routes(client));
  const lookups = useRouteLookups();
  const bulk = useBulkRun();
  const rows = useMemo(
    () =>
      all
        .filter((route) => !isExitNodeRoute(route))
        .map((route) => ({
          route,
          destination: routeDestinationText(route),
          peerText: routingPeerText(route, lookups),
          warning: routeAclWarning(route, lookups.groupName),
        })),
    [all, lookups],
  );
  const columns = useMemo(() => routeColumns(lookups), [lookups]);
  if (rows.length === 0) {
    return (
      <EmptyState
        icon={<RouteIcon />}
        title="No network routes"
        message={all.length > 0 ? 'The only legacy routes of this account are exit nodes; they are listed under Exit nodes.' : 'This account has no legacy network routes.'}
      />
    );
  }
  const unrestricted = rows.filter((r) => r.warning !== null);
  return (
    <div className="flex flex-col gap-4">
      {unrestricted.length > 0 ? (
        <Alert variant="warning">
          <AlertTitle>
            {unrestricted.length === 1 ? '1 route has no ACL groups' : `${unrestricted.length} routes have no ACL groups`}: access is not restricted by any policy
          </AlertTitle>
          <AlertDescription>
            <ul className="mt-1 flex list-disc flex-col gap-1 pl-5">
              {unrestricted.map((r) => (
                <li key={r.route.id}>
                  <Link to={`/routes/${enc(r.route.id)}`} className="font-medium text-foreground underline underline-offset-2">
                    {r.route.network_id}
                  </Link>
                  : <strong className="font-semibold text-foreground">{r.warning}</strong>.
                </li>
              ))}
            </ul>
          </AlertDescription>
        </Alert>
      ) : null}
      <SelectableDataTable
        columns={columns}
        data={rows}
        label="Network routes"
        searchLabel="Search routes"
        getRowId={(r) => r.route.id}
        getRowLabel={(r) => r.route.network_id}
        getRowHref={(r) => `/routes/${enc(r.route.id)}`}
        initialSorting={[{ id: 'network_id', desc: false }]}
        bulkActions={(selected, clear) => (
          <RoutesBulkActions
            routes={selected.map((r) => r.route)}
            clear={clear}
            bulk={bulk}
            groupNames={(ids) => lookups.groupRefs(ids).map((g) => g.name).join(', ')}
          />
        )}
      />
      <BulkOutcomeText outcome={bulk.outcome} noun={(n) => (n === 1 ? 'route' : 'routes')} />
    </div>
  );
}

/** RoutesPage: legacy network routes other than exit nodes, with routes that grant unrestricted access called out. */
export default function RoutesPage() {
  return (
    <>
      <PageHeader
        title="Network routes"
        description="Legacy routes: a prefix or domain list served by routing peers to the peers of distribution groups."
        actions={
          <Button asChild>
            <Link to="/routes/new">Add route</Link>
          </Button>
        }
      />
      <LocationNotice />
      <NetworksBanner />
      <QueryBoundary>
        <RoutesTable />
      </QueryBoundary>
    </>
  );
}
