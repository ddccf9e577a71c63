import { useSuspenseQueries } from '@tanstack/react-query';
import { useParams } from '@/lib/router';
import { queries, useApiClient } from '@/api';
import { EnabledBadge } from '@/components/enabled-badge';
import { PageHeader, type Crumb } from '@/components/page-header';
import { QueryBoundary } from '@/components/query-boundary';
import { LoadingState } from '@/components/query-state';
import { indexById } from '@/lib/index-by-id';
import { networkTabPath } from './paths';
import { RouterDeleteButton } from './router-delete-button';
import { RouterFacts } from './router-facts';
import { RouterForm } from './router-form';
import { routerTarget } from './router-label';
import { RouterPeers } from './router-peers';
import { SavedNotice } from './saved-notice';

function RouterDetail({ networkId, routerId }: { networkId: string; routerId: string }) {
  const client = useApiClient();
  const [network, router, peers, groups] = useSuspenseQueries({
    queries: [queries.network(client, networkId), queries.router(client, networkId, routerId), queries.peers(client), queries.groups(client)],
  });
  const r = router.data;
  const target = routerTarget(r, indexById(peers.data), indexById(groups.data));
  const crumbs: Crumb[] = [
    { label: 'Networks', to: '/networks' },
    { label: network.data.name, to: networkTabPath(networkId, 'routing-peers') },
  ];
  return (
    <>
      <PageHeader
        title={target.name}
        description={`Routing peer of ${network.data.name}`}
        breadcrumbs={crumbs}
        meta={<EnabledBadge enabled={r.enabled} />}
        actions={<RouterDeleteButton networkId={networkId} router={r} label={target.name} />}
      />
      <SavedNotice />
      <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <RouterForm key={r.id} networkId={networkId} router={r} />
        <div className="flex flex-col gap-6">
          <RouterPeers target={target} groups={groups.data} peers={peers.data} />
          <RouterFacts router={r} />
        </div>
      </div>
    </>
  );
}

/** RouterDetailPage: one routing peer (or peer group) of a network, editable, with the peers that actually route. */
export default function RouterDetailPage() {
  const { networkId = '', routerId = '' } = useParams();
  return (
    <QueryBoundary
      title="Routing peer"
      breadcrumbs={[
        { label: 'Networks', to: '/networks' },
        { label: 'Network', to: networkTabPath(networkId, 'routing-peers') },
      ]}
      loading={<LoadingState variant="detail" />}
    >
      <RouterDetail networkId={networkId} routerId={routerId} />
    </QueryBoundary>
  );
}
