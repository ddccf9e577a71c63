import { queries } from '@/api';
import type { FeatureRoute } from '@/components/feature-route';
import { prefetchResourceIndex } from '@/components/lookups/use-resource-index';

/** policyRoutes: the policy list and one policy's page. */
export const policyRoutes: FeatureRoute[] = [
  {
    path: 'policies',
    load: () => import('./policies-page'),
    prefetch: (ctx) => {
      void ctx.queryClient.prefetchQuery(queries.policies(ctx.client));
      void ctx.queryClient.prefetchQuery(queries.peers(ctx.client));
      prefetchResourceIndex(ctx);
    },
  },
  {
    path: 'policies/:policyId',
    load: () => import('./policy-detail-page'),
    prefetch: (ctx, params) => {
      if (params.policyId) void ctx.queryClient.prefetchQuery(queries.policy(ctx.client, params.policyId));
      prefetchResourceIndex(ctx);
    },
  },
];
