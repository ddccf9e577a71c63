import { queries } from '@/api';
import type { FeatureRoute } from '@/components/feature-route';

/** traceRoutes: the Trace page; it analyses the whole account, so it prefetches the snapshot. */
export const traceRoutes: FeatureRoute[] = [
  {
    path: 'trace',
    load: () => import('./trace-page'),
    prefetch: ({ queryClient, client }) => void queryClient.prefetchQuery(queries.snapshot(client)),
  },
];
