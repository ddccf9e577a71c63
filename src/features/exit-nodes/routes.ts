import { queries } from '@/api';
import type { FeatureRoute, PrefetchContext } from '@/components/feature-route';
import { prefetchRouteLookups } from '@/components/lookups/use-route-lookups';

const prefetchChecks = (ctx: PrefetchContext) => {
  prefetchRouteLookups(ctx);
  void ctx.queryClient.prefetchQuery(queries.snapshot(ctx.client));
  void ctx.queryClient.prefetchQuery(queries.nameservers(ctx.client));
};

/** exitNodeRoutes: the exit node list, one exit node's page with its checks, and its editors (all read legacy routes). */
export const exitNodeRoutes: FeatureRoute[] = [
  {
    path: 'exit-nodes',
    load: () => import('./exit-nodes-page'),
    prefetch: (ctx) => {
      void ctx.queryClient.prefetchQuery(queries.routes(ctx.client));
      prefetchRouteLookups(ctx);
    },
  },
  { path: 'exit-nodes/new', load: () => import('./exit-node-new-page'), prefetch: prefetchChecks },
  {
    path: 'exit-nodes/:routeId',
    load: () => import('./exit-node-detail-page'),
    prefetch: (ctx, params) => {
      if (params.routeId) void ctx.queryClient.prefetchQuery(queries.route(ctx.client, params.routeId));
      prefetchChecks(ctx);
    },
  },
  {
    path: 'exit-nodes/:routeId/edit',
    load: () => import('./exit-node-edit-page'),
    prefetch: (ctx, params) => {
      if (params.routeId) void ctx.queryClient.prefetchQuery(queries.route(ctx.client, params.routeId));
      prefetchChecks(ctx);
    },
  },
];
