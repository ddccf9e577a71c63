import type { RefLookup } from '@/domain/rules/validate/field-issue';

interface Named {
  id: string;
  name: string;
}

/**
 * buildRefLookup: the RefLookup a form hands to a domain validator, answered from lists already in
 * the query cache, so the form checks references exactly as the control plane does from its store.
 */
export function buildRefLookup(groups: readonly Named[], peers: readonly { id: string }[], networks: readonly { id: string }[] = []): RefLookup {
  const groupNames = new Map(groups.map((g) => [g.id, g.name]));
  const peerIds = new Set(peers.map((p) => p.id));
  const networkIds = new Set(networks.map((n) => n.id));
  return {
    hasGroup: (id) => groupNames.has(id),
    hasPeer: (id) => peerIds.has(id),
    hasNetwork: (id) => networkIds.has(id),
    groupName: (id) => groupNames.get(id),
  };
}
