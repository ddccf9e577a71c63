import { useSuspenseQueries } from '@tanstack/react-query';
import { useMemo } from 'react';
import { queries, useApiClient } from '@/api';
import { useResourceIndex } from '@/components/lookups/use-resource-index';
import { findGroupUsageDetails, type GroupUsageDetail } from '@/domain/usage/group-usages';

/**
 * useGroupUsages: everything in the account that references the group, read from the same lists
 * the other pages show (policies, routes, nameserver groups, setup keys, routers, DNS settings).
 * `withResources` adds the network resources that are members: the page lists those as members,
 * but the delete check counts them, as the control plane does.
 */
export function useGroupUsages(groupId: string, { withResources = false }: { withResources?: boolean } = {}): GroupUsageDetail[] {
  const client = useApiClient();
  const resourceIndex = useResourceIndex();
  const [policies, routes, nameservers, setupKeys, routers, networks, dnsSettings] = useSuspenseQueries({
    queries: [
      queries.policies(client),
      queries.routes(client),
      queries.nameservers(client),
      queries.setupKeys(client),
      queries.accountRouters(client),
      queries.networks(client),
      queries.dnsSettings(client),
    ],
  });
  return useMemo(() => {
    // GET /api/networks/routers may omit network_id; each network lists its routers' ids.
    const networkOfRouter = new Map<string, { id: string; name: string }>();
    for (const n of networks.data) for (const r of n.routers) networkOfRouter.set(r, n);
    const networkName = new Map(networks.data.map((n) => [n.id, n.name]));
    return findGroupUsageDetails(groupId, {
      resources: withResources
        ? [...resourceIndex.values()].map(({ resource, networkId }) => ({ id: resource.id, name: resource.name, network_id: networkId, groups: resource.groups }))
        : [],
      routes: routes.data,
      nameservers: nameservers.data,
      policies: policies.data,
      setupKeys: setupKeys.data,
      routers: routers.data.map((r) => {
        const networkId = r.network_id ?? networkOfRouter.get(r.id)?.id;
        return { ...r, network_id: networkId, network_name: networkId === undefined ? undefined : networkName.get(networkId) };
      }),
      disabledManagementGroups: dnsSettings.data.disabled_management_groups,
    });
  }, [groupId, withResources, resourceIndex, policies.data, routes.data, nameservers.data, setupKeys.data, routers.data, networks.data, dnsSettings.data]);
}
