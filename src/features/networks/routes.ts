import { queries } from '@/api';
import type { FeatureRoute } from '@/components/feature-route';

/** networkRoutes: the Networks area: list, network, and the resource and routing-peer editors. */
export const networkRoutes: FeatureRoute[] = [
  {
    path: 'networks',
    load: () => import('./network-list-page'),
    prefetch: ({ queryClient, client }) => void queryClient.prefetchQuery(queries.networks(client)),
  },
  {
    path: 'networks/:networkId',
    load: () => import('./network-detail-page'),
    prefetch: ({ queryClient, client }, { networkId }) => {
      if (!networkId) return;
      void queryClient.prefetchQuery(queries.network(client, networkId));
      void queryClient.prefetchQuery(queries.resources(client, networkId));
      void queryClient.prefetchQuery(queries.routers(client, networkId));
      void queryClient.prefetchQuery(queries.snapshot(client));
    },
  },
  {
    path: 'networks/:networkId/resources/new',
    load: () => import('./resource-new-page'),
    prefetch: ({ queryClient, client }, { networkId }) => {
      if (!networkId) return;
      void queryClient.prefetchQuery(queries.network(client, networkId));
      void queryClient.prefetchQuery(queries.snapshot(client));
      void queryClient.prefetchQuery(queries.accounts(client));
    },
  },
  {
    path: 'networks/:networkId/resources/:resourceId',
    load: () => import('./resource-detail-page'),
    prefetch: ({ queryClient, client }, { networkId, resourceId }) => {
      if (!networkId || !resourceId) return;
      void queryClient.prefetchQuery(queries.network(client, networkId));
      void queryClient.prefetchQuery(queries.resource(client, networkId, resourceId));
      void queryClient.prefetchQuery(queries.snapshot(client));
      void queryClient.prefetchQuery(queries.accounts(client));
    },
  },
  {
    path: 'networks/:networkId/routers/new',
    load: () => import('./router-new-page'),
    prefetch: ({ queryClient, client }, { networkId }) => {
      if (!networkId) return;
      void queryClient.prefetchQuery(queries.network(client, networkId));
      void queryClient.prefetchQuery(queries.snapshot(client));
    },
  },
  {
    path: 'networks/:networkId/routers/:routerId',
    load: () => import('./router-detail-page'),
    prefetch: ({ queryClient, client }, { networkId, routerId }) => {
      if (!networkId || !routerId) return;
      void queryClient.prefetchQuery(queries.network(client, networkId));
      void queryClient.prefetchQuery(queries.router(client, networkId, routerId));
      void queryClient.prefetchQuery(queries.peers(client));
      void queryClient.prefetchQuery(queries.groups(client));
      void queryClient.prefetchQuery(queries.snapshot(client));
    },
  },
];
