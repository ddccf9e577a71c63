import { queries } from '@/api';
import type { FeatureRoute, PrefetchContext } from '@/components/feature-route';

const prefetchSnapshot = ({ queryClient, client }: PrefetchContext) => void queryClient.prefetchQuery(queries.snapshot(client));

/**
 * reviewRoutes: the Review page: findings and network health at /review, the access matrix at
 * /review/access (its own URL, so a filtered matrix is a link). Both analyse the whole account.
 */
export const reviewRoutes: FeatureRoute[] = [
  { path: 'review', load: () => import('./review-page'), prefetch: prefetchSnapshot },
  { path: 'review/access', load: () => import('./review-page'), prefetch: prefetchSnapshot },
];
