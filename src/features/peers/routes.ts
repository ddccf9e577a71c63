import { queries } from '@/api';
import type { FeatureRoute } from '@/components/feature-route';

/** peerRoutes: the Peers area: list and detail (with the networks and routes each peer serves). */
export const peerRoutes: FeatureRoute[] = [
  {
    path: 'peers',
    load: () => import('./peer-list-page'),
    prefetch: ({ queryClient, client }) => {
      void queryClient.prefetchQuery(queries.peers(client));
      void queryClient.prefetchQuery(queries.accounts(client));
    },
  },
  {
    path: 'peers/:peerId',
    load: () => import('./peer-detail-page'),
    prefetch: ({ queryClient, client }, { peerId }) => {
      if (!peerId) return;
      void queryClient.prefetchQuery(queries.peer(client, peerId));
      void queryClient.prefetchQuery(queries.accounts(client));
      void queryClient.prefetchQuery(queries.accountRouters(client));
      void queryClient.prefetchQuery(queries.networks(client));
      void queryClient.prefetchQuery(queries.routes(client));
      void queryClient.prefetchQuery(queries.snapshot(client));
    },
  },
];
