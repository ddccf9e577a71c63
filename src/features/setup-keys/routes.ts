import { queries } from '@/api';
import type { FeatureRoute } from '@/components/feature-route';

/** setupKeyRoutes: the setup key list and one key's page. */
export const setupKeyRoutes: FeatureRoute[] = [
  {
    path: 'setup-keys',
    load: () => import('./setup-keys-page'),
    prefetch: ({ queryClient, client }) => {
      void queryClient.prefetchQuery(queries.setupKeys(client));
      void queryClient.prefetchQuery(queries.groups(client));
      void queryClient.prefetchQuery(queries.snapshot(client));
    },
  },
  {
    path: 'setup-keys/:keyId',
    load: () => import('./setup-key-detail-page'),
    prefetch: ({ queryClient, client }, params) => {
      if (params.keyId) void queryClient.prefetchQuery(queries.setupKey(client, params.keyId));
      void queryClient.prefetchQuery(queries.groups(client));
    },
  },
];
