import { queries } from '@/api';
import type { FeatureRoute } from '@/components/feature-route';

/** simulatorRoutes: the Simulator page; it runs on the whole account (and its lab), so it prefetches the snapshot. */
export const simulatorRoutes: FeatureRoute[] = [
  {
    path: 'simulator',
    load: () => import('./simulator-page'),
    prefetch: ({ queryClient, client }) => void queryClient.prefetchQuery(queries.snapshot(client)),
  },
];
