import { groupsOfPeer, type AccountIndex } from '@/domain/account';
import { rulesFromPeer, rulesTowardPeer } from '@/domain/access/rule-index';

/**
 * linked-peers: whether some enabled rule puts a client and a routing peer into each other's
 * network map, as access's peerLink decides it (a rule with one of them among its sources and
 * the other among its destinations, either way round), but answered from the routing peer's side
 * once per index: the groups and peers its rules link it with. A run asks this for every client
 * and every routing peer of the legacy routes it receives; peerLink would walk the routing peer's
 * rules each time. linked-peers.test.ts holds the two equal.
 */
export interface LinkedWith {
  groups: Set<string>;
  peers: Set<string>;
}

const caches = new WeakMap<AccountIndex, Map<string, LinkedWith>>();

/** linkedWith: the groups and peers the rules link the peer with (sources of rules towards it, destinations of rules from it). */
export function linkedWith(index: AccountIndex, peerId: string): LinkedWith {
  let cache = caches.get(index);
  if (cache === undefined) caches.set(index, (cache = new Map()));
  let linked = cache.get(peerId);
  if (linked === undefined) {
    linked = { groups: new Set(), peers: new Set() };
    for (const r of rulesTowardPeer(index, peerId)) {
      for (const g of r.sourceGroups) linked.groups.add(g);
      if (r.sourcePeer !== null) linked.peers.add(r.sourcePeer);
    }
    for (const r of rulesFromPeer(index, peerId)) {
      for (const g of r.destinationGroups) linked.groups.add(g);
      if (r.destinationPeer !== null) linked.peers.add(r.destinationPeer);
    }
    cache.set(peerId, linked);
  }
  return linked;
}

/** isLinked: does some enabled rule link the client with the routing peer (peerLink(index, client, peer) !== null)? */
export function isLinked(index: AccountIndex, clientId: string, peerId: string): boolean {
  const linked = linkedWith(index, peerId);
  if (linked.peers.has(clientId)) return true;
  for (const g of groupsOfPeer(index, clientId)) if (linked.groups.has(g)) return true;
  return false;
}
