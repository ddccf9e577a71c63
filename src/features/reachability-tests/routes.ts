import { queries } from '@/api';
import type { FeatureRoute } from '@/components/feature-route';

/** reachabilityTestRoutes: the Reachability tests page; running tests traces against the whole account. */
export const reachabilityTestRoutes: FeatureRoute[] = [
  {
    path: 'tests',
    load: () => import('./tests-page'),
    prefetch: ({ queryClient, client }) => void queryClient.prefetchQuery(queries.snapshot(client)),
  },
];
