import type { Snapshot } from '@/domain/snapshot';
import { resourceDeletionImpact, type ResourceDeletionImpact } from './resource-deletion';

/**
 * network-deletion: deleting a network deletes its resources and routing peers with it (as
 * NetBird does), and each resource takes its cascade along (policy rules, groups). The confirm
 * dialog names all of it.
 */

export interface NetworkDeletionImpact extends ResourceDeletionImpact {
  /** "App (app.example)" for each resource deleted with the network. */
  resources: string[];
  /** The routing peers (a peer's name, or "peer group eu-routers") deleted with the network. */
  routers: string[];
}

export function networkDeletionImpact(s: Snapshot, networkId: string): NetworkDeletionImpact {
  const resources = s.network_resources[networkId] ?? [];
  const peerName = new Map(s.peers.map((p) => [p.id, p.name]));
  const groupName = new Map(s.groups.map((g) => [g.id, g.name]));
  const routers = (s.network_routers[networkId] ?? []).map((r) => {
    if (r.peer) return peerName.get(r.peer) ?? r.peer;
    const groups = (r.peer_groups ?? []).map((g) => groupName.get(g) ?? g);
    return groups.length === 0 ? 'a router without peers' : `peer group${groups.length > 1 ? 's' : ''} ${groups.join(', ')}`;
  });
  return {
    ...resourceDeletionImpact(
      s,
      resources.map((r) => r.id),
    ),
    resources: resources.map((r) => `${r.name} (${r.address})`),
    routers,
  };
}
