import { queries } from '@/api';
import type { FeatureRoute } from '@/components/feature-route';
import { prefetchRouteLookups } from '@/components/lookups/use-route-lookups';

/** exitNodeRoutes: the exit node list and one exit node's page (both read legacy routes). */
export const exitNodeRoutes: FeatureRoute[] = [
  {
    path: 'exit-nodes',
    load: () => import('./exit-nodes-page'),
    prefetch: (ctx) => {
      void ctx.queryClient.prefetchQuery(queries.routes(ctx.client));
      prefetchRouteLookups(ctx);
    },
  },
  {
    path: 'exit-nodes/:routeId',
    load: () => import('./exit-node-detail-page'),
    prefetch: (ctx, params) => {
      if (params.routeId) void ctx.queryClient.prefetchQuery(queries.route(ctx.client, params.routeId));
      prefetchRouteLookups(ctx);
    },
  },
];
