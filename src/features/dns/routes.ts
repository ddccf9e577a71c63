import { queries } from '@/api';
import type { FeatureRoute } from '@/components/feature-route';

/** dnsRoutes: the DNS overview (nameserver groups, settings, forwarder port) and one nameserver group. */
export const dnsRoutes: FeatureRoute[] = [
  {
    path: 'dns',
    load: () => import('./dns-page'),
    prefetch: ({ queryClient, client }) => {
      void queryClient.prefetchQuery(queries.nameservers(client));
      void queryClient.prefetchQuery(queries.groups(client));
      void queryClient.prefetchQuery(queries.dnsSettings(client));
      void queryClient.prefetchQuery(queries.accounts(client));
      void queryClient.prefetchQuery(queries.peers(client));
    },
  },
  {
    path: 'dns/nameservers/:nsgroupId',
    load: () => import('./nameserver-group-detail-page'),
    prefetch: ({ queryClient, client }, params) => {
      if (params.nsgroupId) void queryClient.prefetchQuery(queries.nameserver(client, params.nsgroupId));
      void queryClient.prefetchQuery(queries.groups(client));
    },
  },
];
