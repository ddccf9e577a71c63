import { queries } from '@/api';
import type { PrefetchContext } from '@/components/feature-route';

/**
 * prefetchGroupUsages: starts every list useGroupUsages reads. Apart from the hook, so the route
 * table (loaded with every page) does not carry the usage analysis and its domain code.
 */
export function prefetchGroupUsages({ queryClient, client }: PrefetchContext): void {
  void queryClient.prefetchQuery(queries.policies(client));
  void queryClient.prefetchQuery(queries.routes(client));
  void queryClient.prefetchQuery(queries.nameservers(client));
  void queryClient.prefetchQuery(queries.setupKeys(client));
  void queryClient.prefetchQuery(queries.accountRouters(client));
  void queryClient.prefetchQuery(queries.networks(client));
  void queryClient.prefetchQuery(queries.dnsSettings(client));
}
