import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { queries, useApiClient, type Group, type Peer } from '@/api';
import { buildRefLookup } from '@/components/form';
import { useResourceIndex, type LocatedResource } from '@/components/lookups/use-resource-index';
import { buildAccountIndex, type AccountIndex } from '@/domain/account';
import type { RefLookup } from '@/domain/rules/validate/field-issue';
import type { ResourceLookup } from '@/domain/rules/validate/group';
import type { Snapshot } from '@/domain/snapshot';

/** PolicyEditorData: what the policy editor and rule cards read besides the policy itself. */
export interface PolicyEditorData {
  /** References as the validator checks them, answered from the query cache. */
  refs: RefLookup & ResourceLookup;
  groups: ReadonlyMap<string, Group>;
  peers: readonly Peer[];
  resources: ReadonlyMap<string, LocatedResource>;
  /** The whole account (chains, companion targets, draft analysis); undefined while it loads. */
  snapshot: Snapshot | undefined;
  index: AccountIndex | undefined;
}

/**
 * usePolicyEditorData: groups, peers and resources suspend (the form cannot be filled without
 * them); the account snapshot does not, so the form is usable at once and the chain labels appear
 * when the analysis data has arrived.
 */
export function usePolicyEditorData(): PolicyEditorData {
  const client = useApiClient();
  const { data: groups } = useSuspenseQuery(queries.groups(client));
  const { data: peers } = useSuspenseQuery(queries.peers(client));
  const resources = useResourceIndex();
  const { data: snapshot } = useQuery(queries.snapshot(client));
  return useMemo(() => {
    const base = buildRefLookup(groups, peers);
    return {
      refs: { ...base, hasResource: (id: string) => resources.has(id) },
      groups: new Map(groups.map((g) => [g.id, g])),
      peers,
      resources,
      snapshot,
      index: snapshot ? buildAccountIndex(snapshot) : undefined,
    };
  }, [groups, peers, resources, snapshot]);
}
