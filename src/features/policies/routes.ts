import { queries } from '@/api';
import type { FeatureRoute, PrefetchContext } from '@/components/feature-route';
import { prefetchResourceIndex } from '@/components/lookups/use-resource-index';

/** prefetchEditorData: what the policy editor and rule cards read (usePolicyEditorData). */
function prefetchEditorData(ctx: PrefetchContext): void {
  void ctx.queryClient.prefetchQuery(queries.groups(ctx.client));
  void ctx.queryClient.prefetchQuery(queries.peers(ctx.client));
  void ctx.queryClient.prefetchQuery(queries.snapshot(ctx.client));
  prefetchResourceIndex(ctx);
}

/** policyRoutes: the policy list, one policy's page, its editor, and the new-policy form (also for clones and reverses). */
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
    path: 'policies/new',
    load: () => import('./policy-new-page'),
    prefetch: (ctx) => prefetchEditorData(ctx),
  },
  {
    path: 'policies/:policyId',
    load: () => import('./policy-detail-page'),
    prefetch: (ctx, params) => {
      if (params.policyId) void ctx.queryClient.prefetchQuery(queries.policy(ctx.client, params.policyId));
      prefetchEditorData(ctx);
    },
  },
  {
    path: 'policies/:policyId/edit',
    load: () => import('./policy-edit-page'),
    prefetch: (ctx, params) => {
      if (params.policyId) void ctx.queryClient.prefetchQuery(queries.policy(ctx.client, params.policyId));
      prefetchEditorData(ctx);
    },
  },
];
