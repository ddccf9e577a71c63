import { queries } from '@/api';
import type { FeatureRoute } from '@/components/feature-route';
import { prefetchGroupUsages } from './prefetch-group-usages';
import { prefetchResourceIndex } from '@/components/lookups/use-resource-index';

/** groupRoutes: the group list and one group's page. */
export const groupRoutes: FeatureRoute[] = [
  {
    path: 'groups',
    load: () => import('./groups-page'),
    prefetch: ({ queryClient, client }) => void queryClient.prefetchQuery(queries.groups(client)),
  },
  {
    path: 'groups/:groupId',
    load: () => import('./group-detail-page'),
    prefetch: (ctx, params) => {
      if (params.groupId) void ctx.queryClient.prefetchQuery(queries.group(ctx.client, params.groupId));
      void ctx.queryClient.prefetchQuery(queries.peers(ctx.client));
      prefetchGroupUsages(ctx);
      prefetchResourceIndex(ctx);
    },
  },
];
