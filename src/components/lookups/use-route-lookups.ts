import { useSuspenseQueries } from '@tanstack/react-query';
import { useMemo } from 'react';
import { queries, useApiClient, type Group, type Peer } from '@/api';
import type { GroupRef } from '@/components/group-badges';
import type { PrefetchContext } from '@/components/feature-route';

/** RouteLookups: names for the group and peer ids a route carries. */
export interface RouteLookups {
  groupRefs: (ids: readonly string[] | null | undefined) => GroupRef[];
  groupName: (id: string) => string | undefined;
  peer: (id: string) => Peer | undefined;
}

/** useRouteLookups: routes name groups and peers by id only; the group and peer lists name them. */
export function useRouteLookups(): RouteLookups {
  const client = useApiClient();
  const [groups, peers] = useSuspenseQueries({ queries: [queries.groups(client), queries.peers(client)] });
  return useMemo(() => {
    const groupById = new Map<string, Group>(groups.data.map((g) => [g.id, g]));
    const peerById = new Map<string, Peer>(peers.data.map((p) => [p.id, p]));
    return {
      groupRefs: (ids) => (ids ?? []).map((id) => ({ id, name: groupById.get(id)?.name ?? id })),
      groupName: (id) => groupById.get(id)?.name,
      peer: (id) => peerById.get(id),
    };
  }, [groups.data, peers.data]);
}

export function prefetchRouteLookups({ queryClient, client }: PrefetchContext): void {
  void queryClient.prefetchQuery(queries.groups(client));
  void queryClient.prefetchQuery(queries.peers(client));
}
