import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { Suspense } from 'react';
import { Link, useNavigate, useParams } from '@/lib/router';
import { queries, useApiClient, type Route } from '@/api';
import { LocationNotice } from '@/components/form/location-notice';
import { EnabledBadge } from '@/components/enabled-badge';
import { GroupBadges } from '@/components/group-badges';
import { KeyValueList } from '@/components/key-value-list';
import { PageHeader } from '@/components/page-header';
import { QueryBoundary } from '@/components/query-boundary';
import { LoadingState } from '@/components/query-state';
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { routeAclEditorWarning } from '@/domain/rules/editor/route-acl-warning';
import { isExitNodeRoute } from '@/domain/routes/exit-node';
import { useRouteLookups } from '@/components/lookups/use-route-lookups';
import { RoutingPeerCell } from '@/components/routing-peer-cell';
import { RouteAclAlert } from './route-acl-alert';
import { RouteDeleteButton } from './route-delete-button';
import { RouteHaPanel } from './route-ha-panel';
import { RouteMigrationDialog } from './route-migration-dialog';

const crumbs = [{ label: 'Network routes', to: '/routes' }];

function RouteDetail({ routeId }: { routeId: string }) {
  const client = useApiClient();
  const { data: route } = useSuspenseQuery(queries.route(client, routeId));
  const lookups = useRouteLookups();
  const navigate = useNavigate();
  const exitNode = isExitNodeRoute(route);
  // Exit nodes are about internet egress; their page says what they open. The warning is for LAN routes.
  const warning = routeAclEditorWarning(route, lookups.groupName);
  const domains = route.domains ?? [];
  return (
    <div className="flex flex-col gap-4">
      {exitNode ? (
        <Alert variant="info">
          <AlertTitle>This route is an exit node</AlertTitle>
          <AlertDescription>
            <p>
              Its network is a default route.{' '}
              <Link to={`/exit-nodes/${encodeURIComponent(route.id)}`} className="font-medium text-primary hover:underline">
                Open it under Exit nodes
              </Link>
            </p>
          </AlertDescription>
        </Alert>
      ) : null}
      {warning ? (
        <RouteAclAlert
          warning={warning}
          onAddAclGroups={() => void navigate(`/routes/${encodeURIComponent(route.id)}/edit?focus=acl`)}
          migrate={<RouteMigrationDialog routeId={route.id} />}
        />
      ) : null}
      <Card aria-labelledby="route-fields">
        <CardHeader>
          <CardTitle id="route-fields">Route</CardTitle>
        </CardHeader>
        <CardContent>
          <KeyValueList
            items={[
              { label: 'Network ID', value: route.network_id },
              { label: 'Type', value: route.network_type },
              domains.length > 0
                ? {
                    label: 'Domains',
                    value: (
                      <ul className="flex flex-col gap-0.5 font-mono text-xs" aria-label="Domains">
                        {domains.map((d) => (
                          <li key={d}>{d}</li>
                        ))}
                      </ul>
                    ),
                  }
                : { label: 'Network', value: <span className="font-mono">{route.network ?? '—'}</span> },
              ...(domains.length > 0 ? [{ label: 'Keep route', value: route.keep_route ? 'Yes: resolved IPs stay routed after DNS changes' : 'No' }] : []),
              { label: route.peer ? 'Routing peer' : 'Routing peer groups', value: <RoutingPeerCell route={route} lookups={lookups} /> },
              { label: 'Distribution groups', value: <GroupBadges groups={lookups.groupRefs(route.groups)} max={20} /> },
              {
                label: 'ACL groups',
                value: <GroupBadges groups={lookups.groupRefs(route.access_control_groups)} max={20} emptyText="None: access is unrestricted" />,
              },
              { label: 'Metric', value: `${route.metric} (lower wins; equal metrics pick by latency)` },
              { label: 'Masquerade', value: route.masquerade ? 'On: traffic leaves with the routing peer’s LAN address' : 'Off: overlay source IPs are kept; the destination needs a return route' },
              { label: 'Status', value: route.enabled ? 'Enabled' : 'Disabled' },
              { label: 'ID', value: <span className="font-mono text-xs">{route.id}</span> },
            ]}
          />
        </CardContent>
      </Card>
      <RouteHaPanel routeId={route.id} />
    </div>
  );
}

/** RouteActions: in the header, which renders before the lookups arrive: they suspend on their own. */
function RouteActions({ route }: { route: Route }) {
  return (
    <Suspense fallback={null}>
      <Button size="sm" asChild>
        <Link to={`/routes/${encodeURIComponent(route.id)}/edit`}>Edit</Link>
      </Button>
      {isExitNodeRoute(route) ? null : <RouteMigrationDialog routeId={route.id} />}
      <RouteDeleteButton route={route} />
    </Suspense>
  );
}

/** RouteDetailPage: one legacy network route with every field, the ACL warning with its fixes, and its actions. */
export default function RouteDetailPage() {
  const { routeId = '' } = useParams();
  const client = useApiClient();
  // Not suspending: the heading is there while the content loads or fails.
  const { data: route } = useQuery(queries.route(client, routeId));
  return (
    <>
      <PageHeader
        title={route?.network_id ?? 'Network route'}
        breadcrumbs={crumbs}
        meta={route ? <EnabledBadge enabled={route.enabled} /> : null}
        description={route?.description || undefined}
        actions={route ? <RouteActions route={route} /> : null}
      />
      <LocationNotice />
      <QueryBoundary loading={<LoadingState variant="detail" label="Loading route…" />}>
        <RouteDetail routeId={routeId} />
      </QueryBoundary>
    </>
  );
}
