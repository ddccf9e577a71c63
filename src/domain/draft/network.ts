import type { SnapNetwork, Snapshot } from '@/domain/snapshot';
import { withoutResource } from './resource';

/**
 * draft/network: a network as if saved or deleted. Deleting a network deletes its resources and
 * routers with it (as NetBird does), so the resources also leave their groups and policy rules.
 */

export const DRAFT_NETWORK_ID = '__draft-network__';

export interface NetworkDraft {
  id?: string | undefined;
  name: string;
  description?: string | undefined;
}

/** applyNetworkDraft: the snapshot with the network created or renamed (its parts stay). */
export function applyNetworkDraft(s: Snapshot, d: NetworkDraft): Snapshot {
  const id = d.id ?? DRAFT_NETWORK_ID;
  const network: SnapNetwork = { id, name: d.name, description: d.description };
  const exists = s.networks.some((n) => n.id === id);
  return {
    ...s,
    networks: exists ? s.networks.map((n) => (n.id === id ? network : n)) : [...s.networks, network],
    network_resources: exists ? s.network_resources : { ...s.network_resources, [id]: [] },
    network_routers: exists ? s.network_routers : { ...s.network_routers, [id]: [] },
  };
}

/** withoutNetwork: the snapshot after deleting the network with its resources and routers. */
export function withoutNetwork(s: Snapshot, networkId: string): Snapshot {
  let next = s;
  for (const r of s.network_resources[networkId] ?? []) next = withoutResource(next, r.id);
  const network_resources = { ...next.network_resources };
  const network_routers = { ...next.network_routers };
  delete network_resources[networkId];
  delete network_routers[networkId];
  return { ...next, networks: next.networks.filter((n) => n.id !== networkId), network_resources, network_routers };
}
