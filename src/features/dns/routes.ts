import { queries } from '@/api';
import type { FeatureRoute, PrefetchContext } from '@/components/feature-route';

const prefetchFormData = ({ queryClient, client }: PrefetchContext) => {
  void queryClient.prefetchQuery(queries.groups(client));
  void queryClient.prefetchQuery(queries.peers(client));
  void queryClient.prefetchQuery(queries.nameservers(client));
};

/** dnsRoutes: the DNS overview (nameserver groups, settings, forwarder port), one nameserver group, and its editors. */
export const dnsRoutes: FeatureRoute[] = [
  {
    path: 'dns',
    load: () => import('./dns-page'),
    prefetch: (ctx) => {
      prefetchFormData(ctx);
      void ctx.queryClient.prefetchQuery(queries.dnsSettings(ctx.client));
      void ctx.queryClient.prefetchQuery(queries.accounts(ctx.client));
      void ctx.queryClient.prefetchQuery(queries.snapshot(ctx.client));
    },
  },
  { path: 'dns/nameservers/new', load: () => import('./nameserver-new-page'), prefetch: prefetchFormData },
  {
    path: 'dns/nameservers/:nsgroupId',
    load: () => import('./nameserver-group-detail-page'),
    prefetch: ({ queryClient, client }, params) => {
      if (params.nsgroupId) void queryClient.prefetchQuery(queries.nameserver(client, params.nsgroupId));
      void queryClient.prefetchQuery(queries.groups(client));
    },
  },
  {
    path: 'dns/nameservers/:nsgroupId/edit',
    load: () => import('./nameserver-edit-page'),
    prefetch: (ctx, params) => {
      if (params.nsgroupId) void ctx.queryClient.prefetchQuery(queries.nameserver(ctx.client, params.nsgroupId));
      prefetchFormData(ctx);
    },
  },
];
