import { queries } from '@/api';
import type { FeatureRoute } from '@/components/feature-route';
import { prefetchRouteLookups } from '@/components/lookups/use-route-lookups';

/** networkRouteRoutes: the legacy network route list (exit nodes excluded), one route's page, and its editors. */
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
    path: 'routes/new',
    load: () => import('./route-new-page'),
    prefetch: (ctx) => {
      prefetchRouteLookups(ctx);
      void ctx.queryClient.prefetchQuery(queries.snapshot(ctx.client));
    },
  },
  {
    path: 'routes/:routeId',
    load: () => import('./route-detail-page'),
    prefetch: (ctx, params) => {
      if (params.routeId) void ctx.queryClient.prefetchQuery(queries.route(ctx.client, params.routeId));
      void ctx.queryClient.prefetchQuery(queries.routes(ctx.client));
      void ctx.queryClient.prefetchQuery(queries.snapshot(ctx.client));
      prefetchRouteLookups(ctx);
    },
  },
  {
    path: 'routes/:routeId/edit',
    load: () => import('./route-edit-page'),
    prefetch: (ctx, params) => {
      if (params.routeId) void ctx.queryClient.prefetchQuery(queries.route(ctx.client, params.routeId));
      prefetchRouteLookups(ctx);
      void ctx.queryClient.prefetchQuery(queries.snapshot(ctx.client));
    },
  },
];
