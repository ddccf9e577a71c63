import { useSuspenseQueries, useSuspenseQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { queries, useApiClient, type NetworkResource } from '@/api';
import type { PrefetchContext } from '@/components/feature-route';

/** LocatedResource: a network resource with the network it belongs to (its page lives under it). */
export interface LocatedResource {
  resource: NetworkResource;
  networkId: string;
  networkName: string;
}

/**
 * useResourceIndex: every network resource of the account by id. NetBird has no account-wide
 * resource list, and groups and policy rules name resources only by id, so pages read the networks and
 * each network's resources to name and link them.
 */
export function useResourceIndex(): ReadonlyMap<string, LocatedResource> {
  const client = useApiClient();
  const { data: networks } = useSuspenseQuery(queries.networks(client));
  const lists = useSuspenseQueries({ queries: networks.map((n) => queries.resources(client, n.id)), combine: dataOf });
  return useMemo(() => {
    const index = new Map<string, LocatedResource>();
    networks.forEach((n, i) => {
      for (const resource of lists[i] ?? []) index.set(resource.id, { resource, networkId: n.id, networkName: n.name });
    });
    return index;
  }, [networks, lists]);
}

/** dataOf: a stable `combine`, so react-query hands back the same array until a list changes. */
function dataOf(results: readonly { data: NetworkResource[] }[]): NetworkResource[][] {
  return results.map((r) => r.data);
}

/** prefetchResourceIndex: starts the networks request, then every network's resources as soon as ids are known. */
export function prefetchResourceIndex({ queryClient, client }: PrefetchContext): void {
  void queryClient
    .ensureQueryData(queries.networks(client))
    .then((networks) => Promise.all(networks.map((n) => queryClient.prefetchQuery(queries.resources(client, n.id)))))
    .catch(() => {
      // The page reads the same queries and shows their error; a failed prefetch needs no handling.
    });
}
