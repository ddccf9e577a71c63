import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { Suspense } from 'react';
import { Link, useParams } from '@/lib/router';
import { queries, useApiClient, type Route } from '@/api';
import { LocationNotice } from '@/components/form/location-notice';
import { Button } from '@/components/ui/button';
import { EnabledBadge } from '@/components/enabled-badge';
import { GroupBadges } from '@/components/group-badges';
import { KeyValueList } from '@/components/key-value-list';
import { PageHeader } from '@/components/page-header';
import { QueryBoundary } from '@/components/query-boundary';
import { LoadingState } from '@/components/query-state';
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { isExitNodeRoute } from '@/domain/routes/exit-node';
import { ExitNodeDeleteButton } from './exit-node-delete-button';
import { ExitNodeFacts } from './exit-node-facts';
import { ExitNodeSavedChecks } from './exit-node-saved-checks';
import { useRouteLookups } from '@/components/lookups/use-route-lookups';
import { RoutingPeerCell } from '@/components/routing-peer-cell';

const crumbs = [{ label: 'Exit nodes', to: '/exit-nodes' }];

function ExitNodeDetail({ routeId }: { routeId: string }) {
  const client = useApiClient();
  const { data: route } = useSuspenseQuery(queries.route(client, routeId));
  const lookups = useRouteLookups();
  return (
    <div className="flex flex-col gap-4">
      {isExitNodeRoute(route) ? (
        <ExitNodeFacts />
      ) : (
        <Alert variant="warning">
          <AlertTitle>This route is not an exit node</AlertTitle>
          <AlertDescription>
            <p>
              Its network is not a default route.{' '}
              <Link to={`/routes/${encodeURIComponent(route.id)}`} className="font-medium text-primary hover:underline">
                Open it under Network routes
              </Link>
            </p>
          </AlertDescription>
        </Alert>
      )}
      <Card aria-labelledby="exit-node-fields">
        <CardHeader>
          <CardTitle id="exit-node-fields">Exit node</CardTitle>
        </CardHeader>
        <CardContent>
          <KeyValueList
            items={[
              { label: 'Network ID', value: route.network_id },
              { label: 'Network', value: <span className="font-mono">{route.network ?? '—'}</span> },
              { label: route.peer ? 'Routing peer' : 'Routing peer groups', value: <RoutingPeerCell route={route} lookups={lookups} /> },
              { label: 'Distribution groups', value: <GroupBadges groups={lookups.groupRefs(route.groups)} max={20} /> },
              {
                label: 'Auto apply',
                value: route.skip_auto_apply
                  ? 'No: clients use this exit node only when a user selects it'
                  : 'Yes: clients of the distribution groups use it automatically (agents 0.55.0 and newer)',
              },
              { label: 'Masquerade', value: route.masquerade ? 'On' : 'Off: internet hosts cannot answer overlay addresses, so traffic will not return' },
              { label: 'ACL groups', value: <GroupBadges groups={lookups.groupRefs(route.access_control_groups)} max={20} emptyText="None" /> },
              { label: 'Metric', value: route.metric },
              { label: 'Keep route', value: route.keep_route ? 'Yes' : 'No' },
              { label: 'Status', value: route.enabled ? 'Enabled' : 'Disabled' },
              { label: 'ID', value: <span className="font-mono text-xs">{route.id}</span> },
            ]}
          />
        </CardContent>
      </Card>
      {isExitNodeRoute(route) ? <ExitNodeSavedChecks route={route} /> : null}
    </div>
  );
}

/** ExitNodeActions: in the header, which renders before the lookups arrive: they suspend on their own. */
function ExitNodeActions({ route }: { route: Route }) {
  return (
    <Suspense fallback={null}>
      <Button size="sm" asChild>
        <Link to={`/exit-nodes/${encodeURIComponent(route.id)}/edit`}>Edit</Link>
      </Button>
      <ExitNodeDeleteButton route={route} />
    </Suspense>
  );
}

/** ExitNodeDetailPage: one exit node route: who uses it, through which peer, and whether it applies automatically. */
export default function ExitNodeDetailPage() {
  const { routeId = '' } = useParams();
  const client = useApiClient();
  // Not suspending: the heading is there while the content loads or fails.
  const { data: route } = useQuery(queries.route(client, routeId));
  return (
    <>
      <PageHeader
        title={route?.network_id ?? 'Exit node'}
        breadcrumbs={crumbs}
        meta={route ? <EnabledBadge enabled={route.enabled} /> : null}
        description={route?.description || undefined}
        actions={route && isExitNodeRoute(route) ? <ExitNodeActions route={route} /> : null}
      />
      <LocationNotice />
      <QueryBoundary loading={<LoadingState variant="detail" label="Loading exit node…" />}>
        <ExitNodeDetail routeId={routeId} />
      </QueryBoundary>
    </>
  );
}
