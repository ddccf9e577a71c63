import { queries } from '@/api';
import type { FeatureRoute } from '@/components/feature-route';

/** wizardRoutes: the guided routing-peer setup (/wizard, /wizard?network=<id> from an empty network). */
export const wizardRoutes: FeatureRoute[] = [
  {
    path: 'wizard',
    load: () => import('./wizard-page'),
    prefetch: ({ queryClient, client }) => {
      void queryClient.prefetchQuery(queries.snapshot(client));
      void queryClient.prefetchQuery(queries.groups(client));
      void queryClient.prefetchQuery(queries.peers(client));
    },
  },
];
