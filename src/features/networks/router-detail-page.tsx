import { useSuspenseQueries } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { queries, useApiClient } from '@/api';
import { EnabledBadge } from '@/components/enabled-badge';
import { KeyValueList } from '@/components/key-value-list';
import { PageHeader, type Crumb } from '@/components/page-header';
import { QueryBoundary } from '@/components/query-boundary';
import { LoadingState } from '@/components/query-state';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { indexById } from '@/lib/index-by-id';
import { networkPath } from './paths';
import { RouterPeers } from './router-peers';
import { routerTarget } from './router-label';

function RouterDetail({ networkId, routerId }: { networkId: string; routerId: string }) {
  const client = useApiClient();
  const [network, router, peers, groups] = useSuspenseQueries({
    queries: [queries.network(client, networkId), queries.router(client, networkId, routerId), queries.peers(client), queries.groups(client)],
  });
  const r = router.data;
  const target = routerTarget(r, indexById(peers.data), indexById(groups.data));
  const crumbs: Crumb[] = [
    { label: 'Networks', to: '/networks' },
    { label: network.data.name, to: `${networkPath(networkId)}?tab=routing-peers` },
  ];
  return (
    <>
      <PageHeader
        title={target.name}
        description={`Routing peer of ${network.data.name}`}
        breadcrumbs={crumbs}
        meta={<EnabledBadge enabled={r.enabled} />}
      />
      <div className="grid items-start gap-6 lg:grid-cols-2">
        <Card>
          <CardHeader>
            <CardTitle>Routing</CardTitle>
          </CardHeader>
          <CardContent>
            <KeyValueList
              items={[
                { label: 'Metric', value: `${r.metric} (lower wins; equal metrics share by latency)` },
                { label: 'Masquerade', value: r.masquerade ? 'On: traffic leaves with the routing peer’s LAN address' : 'Off: overlay source addresses are kept' },
                { label: 'Status', value: <EnabledBadge enabled={r.enabled} /> },
                {
                  label: 'Network',
                  value: (
                    <Link to={networkPath(networkId)} className="hover:underline">
                      {network.data.name}
                    </Link>
                  ),
                },
                { label: 'Router ID', value: <span className="font-mono text-xs">{r.id}</span> },
              ]}
            />
          </CardContent>
        </Card>
        <RouterPeers target={target} groups={groups.data} peers={peers.data} />
      </div>
    </>
  );
}

/** RouterDetailPage: one routing peer (or peer group) of a network, with the peers that actually route. */
export default function RouterDetailPage() {
  const { networkId = '', routerId = '' } = useParams();
  return (
    <QueryBoundary
      title="Routing peer"
      breadcrumbs={[
        { label: 'Networks', to: '/networks' },
        { label: 'Network', to: networkPath(networkId) },
      ]}
      loading={<LoadingState variant="detail" />}
    >
      <RouterDetail networkId={networkId} routerId={routerId} />
    </QueryBoundary>
  );
}
