import { peersOfGroup, type AccountIndex } from '@/domain/account';
import { rulesFromPeer, rulesTowardPeer, rulesTowardResource, type IndexedRule } from '@/domain/access/rule-index';
import { servedBy } from '@/domain/firewall/served';
import { networkRoutingPeerSet } from '@/domain/routing/route-index';

/**
 * network-map: the peers a peer's agent is told about, and so connects to: the other side of
 * every enabled rule that names it (either direction, any action, as NetBird builds the map), the
 * routing peers of the network resources its policies send it, and, on a routing peer, the
 * sources of the resource policies of the networks it routes.
 */
export function networkMapPeers(index: AccountIndex, peerId: string): string[] {
  const out = new Set<string>();
  const addGroups = (groups: readonly string[]) => {
    for (const g of groups) for (const p of peersOfGroup(index, g)) out.add(p);
  };
  const addResource = (resourceId: string) => {
    const r = index.resources.get(resourceId);
    if (r !== undefined && r.enabled) for (const p of networkRoutingPeerSet(index, r.network_id)) out.add(p);
  };
  const addSources = (rule: IndexedRule) => {
    addGroups(rule.sourceGroups);
    if (rule.sourcePeer !== null) out.add(rule.sourcePeer);
  };
  for (const rule of rulesFromPeer(index, peerId)) {
    addGroups(rule.destinationGroups);
    if (rule.destinationPeer !== null) out.add(rule.destinationPeer);
    if (rule.destinationResource !== null) addResource(rule.destinationResource);
    for (const g of rule.destinationGroups) for (const id of index.groupResources.get(g) ?? []) addResource(id);
  }
  for (const rule of rulesTowardPeer(index, peerId)) addSources(rule);
  for (const router of servedBy(index, peerId).routers) {
    for (const r of index.resourcesOfNetwork.get(router.network_id) ?? []) if (r.enabled) for (const rule of rulesTowardResource(index, r.id)) addSources(rule);
  }
  out.delete(peerId);
  return [...out].sort((a, b) => (index.peers.get(a)?.name ?? a).localeCompare(index.peers.get(b)?.name ?? b));
}
