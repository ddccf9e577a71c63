import { useSuspenseQueries } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useParams } from '@/lib/router';
import { queries, useApiClient } from '@/api';
import { GroupBadges } from '@/components/group-badges';
import { KeyValueList } from '@/components/key-value-list';
import { PageHeader } from '@/components/page-header';
import { QueryBoundary } from '@/components/query-boundary';
import { LoadingState } from '@/components/query-state';
import { StatusDot } from '@/components/status-dot';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { accessFields, networkFields, systemFields } from './peer-fields';
import { PeerDelete } from './peer-delete';
import { PeerSettingsForm } from './peer-settings-form';
import { PeerRoutingRoles } from './peer-routing-roles';
import { routingRoles } from './routing-roles';

const crumbs = [{ label: 'Peers', to: '/peers' }];

function PeerDetail({ peerId }: { peerId: string }) {
  const client = useApiClient();
  const [peer, routers, networks, routes] = useSuspenseQueries({
    queries: [queries.peer(client, peerId), queries.accountRouters(client), queries.networks(client), queries.routes(client)],
  });
  const p = peer.data;
  const roles = useMemo(() => routingRoles(p, routers.data, networks.data, routes.data), [p, routers.data, networks.data, routes.data]);
  return (
    <>
      <PageHeader
        title={p.name}
        description={p.hostname && p.hostname !== p.name ? p.hostname : undefined}
        breadcrumbs={crumbs}
        meta={<StatusDot connected={p.connected} />}
        actions={<PeerDelete peer={p} />}
      />
      <div className="flex flex-col gap-6">
        <PeerRoutingRoles networks={roles.networks} routes={roles.routes} />
        <Card aria-labelledby="peer-settings">
          <CardHeader>
            <CardTitle id="peer-settings">Settings</CardTitle>
          </CardHeader>
          <CardContent>
            <PeerSettingsForm key={p.id} peer={p} />
          </CardContent>
        </Card>
        {/* Two independent columns, so a short card (groups) leaves no hole beside a long one. */}
        <div className="grid items-start gap-6 lg:grid-cols-2">
          <div className="flex flex-col gap-6">
            <Card>
              <CardHeader>
                <CardTitle>Network</CardTitle>
              </CardHeader>
              <CardContent>
                <KeyValueList items={networkFields(p)} />
              </CardContent>
            </Card>
            <Card>
              <CardHeader>
                <CardTitle>System</CardTitle>
              </CardHeader>
              <CardContent>
                <KeyValueList items={systemFields(p)} />
              </CardContent>
            </Card>
          </div>
          <div className="flex flex-col gap-6">
            <Card>
              <CardHeader>
                <CardTitle>Groups</CardTitle>
              </CardHeader>
              <CardContent>
                <GroupBadges groups={p.groups} max={50} />
              </CardContent>
            </Card>
            <Card>
              <CardHeader>
                <CardTitle>Access</CardTitle>
              </CardHeader>
              <CardContent>
                <KeyValueList items={accessFields(p)} />
              </CardContent>
            </Card>
          </div>
        </div>
      </div>
    </>
  );
}

/** PeerDetailPage: everything the API says about one peer, where it routes, its settings, and its deletion. */
export default function PeerDetailPage() {
  const { peerId = '' } = useParams();
  return (
    <QueryBoundary title="Peer" breadcrumbs={crumbs} loading={<LoadingState variant="detail" />}>
      <PeerDetail peerId={peerId} />
    </QueryBoundary>
  );
}
