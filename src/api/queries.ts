import { queryOptions } from '@tanstack/react-query';
import type { ApiClient } from './client';
import { api } from './endpoints';
import { queryKeys } from './query-keys';

/**
 * queryOptions for every list and detail the console shows: key and fetcher together, so route
 * loaders can prefetch and components read the same cache entry.
 */
export const queries = {
  accounts: (c: ApiClient) => queryOptions({ queryKey: queryKeys.account.all, queryFn: () => api.accounts.list(c) }),
  peers: (c: ApiClient) => queryOptions({ queryKey: queryKeys.peers.list(), queryFn: () => api.peers.list(c) }),
  peer: (c: ApiClient, id: string) => queryOptions({ queryKey: queryKeys.peers.detail(id), queryFn: () => api.peers.get(c, id) }),
  groups: (c: ApiClient) => queryOptions({ queryKey: queryKeys.groups.list(), queryFn: () => api.groups.list(c) }),
  group: (c: ApiClient, id: string) => queryOptions({ queryKey: queryKeys.groups.detail(id), queryFn: () => api.groups.get(c, id) }),
  policies: (c: ApiClient) => queryOptions({ queryKey: queryKeys.policies.list(), queryFn: () => api.policies.list(c) }),
  policy: (c: ApiClient, id: string) => queryOptions({ queryKey: queryKeys.policies.detail(id), queryFn: () => api.policies.get(c, id) }),
  routes: (c: ApiClient) => queryOptions({ queryKey: queryKeys.routes.list(), queryFn: () => api.routes.list(c) }),
  route: (c: ApiClient, id: string) => queryOptions({ queryKey: queryKeys.routes.detail(id), queryFn: () => api.routes.get(c, id) }),
  networks: (c: ApiClient) => queryOptions({ queryKey: queryKeys.networks.list(), queryFn: () => api.networks.list(c) }),
  network: (c: ApiClient, id: string) => queryOptions({ queryKey: queryKeys.networks.detail(id), queryFn: () => api.networks.get(c, id) }),
  accountRouters: (c: ApiClient) =>
    queryOptions({ queryKey: queryKeys.routers.accountList(), queryFn: () => api.networks.allRouters(c) }),
  resources: (c: ApiClient, networkId: string) =>
    queryOptions({ queryKey: queryKeys.resources.list(networkId), queryFn: () => api.resources.list(c, networkId) }),
  resource: (c: ApiClient, networkId: string, id: string) =>
    queryOptions({ queryKey: queryKeys.resources.detail(networkId, id), queryFn: () => api.resources.get(c, networkId, id) }),
  routers: (c: ApiClient, networkId: string) =>
    queryOptions({ queryKey: queryKeys.routers.list(networkId), queryFn: () => api.routers.list(c, networkId) }),
  router: (c: ApiClient, networkId: string, id: string) =>
    queryOptions({ queryKey: queryKeys.routers.detail(networkId, id), queryFn: () => api.routers.get(c, networkId, id) }),
  nameservers: (c: ApiClient) => queryOptions({ queryKey: queryKeys.nameservers.list(), queryFn: () => api.nameservers.list(c) }),
  nameserver: (c: ApiClient, id: string) =>
    queryOptions({ queryKey: queryKeys.nameservers.detail(id), queryFn: () => api.nameservers.get(c, id) }),
  dnsSettings: (c: ApiClient) => queryOptions({ queryKey: queryKeys.dnsSettings.all, queryFn: () => api.dnsSettings.get(c) }),
  setupKeys: (c: ApiClient) => queryOptions({ queryKey: queryKeys.setupKeys.list(), queryFn: () => api.setupKeys.list(c) }),
  setupKey: (c: ApiClient, id: string) => queryOptions({ queryKey: queryKeys.setupKeys.detail(id), queryFn: () => api.setupKeys.get(c, id) }),
  /**
   * The whole account as one snapshot: what analysis (trace, review, HA, access diff) works on.
   * The exporter downloads when the snapshot is first read, not with every page (the landing
   * page lists networks only).
   */
  snapshot: (c: ApiClient) =>
    queryOptions({ queryKey: queryKeys.snapshot.all, queryFn: async () => (await import('./export-snapshot')).exportSnapshot(c) }),
  lab: (c: ApiClient) => queryOptions({ queryKey: queryKeys.lab.all, queryFn: () => api.lab.get(c) }),
};
