import { queries } from '@/api';
import type { FeatureRoute } from '@/components/feature-route';
import { prefetchRouteLookups } from '@/components/lookups/use-route-lookups';

/** networkRouteRoutes: the legacy network route list (exit nodes excluded) and one route's page. */
export const networkRouteRoutes: FeatureRoute[] = [
  {
    path: 'routes',
    load: () => import('./routes-page'),
    prefetch: (ctx) => {
      void ctx.queryClient.prefetchQuery(queries.routes(ctx.client));
      prefetchRouteLookups(ctx);
    },
  },
  {
    path: 'routes/:routeId',
    load: () => import('./route-detail-page'),
    prefetch: (ctx, params) => {
      if (params.routeId) void ctx.queryClient.prefetchQuery(queries.route(ctx.client, params.routeId));
      prefetchRouteLookups(ctx);
    },
  },
];
