import { groupsOfPeer, peersOfGroup, type AccountIndex } from '@/domain/account';
import { rulesFromPeer, rulesTowardPeer, type IndexedRule } from '@/domain/access/rule-index';

/**
 * peer-reach: who an enabled accept rule lets open connections to some peers (their input chain):
 * the sources of rules towards them, plus the other side of bidirectional rules from them. The
 * exit-node ICMP check and the routing-peer input-chain check both ask "does this group reach
 * that routing peer?", answered here once.
 *
 * A group counts as reaching when at least one of its members does: a policy for part of a group
 * is a deliberate choice, and the linter reports missing policies, not narrow ones.
 */
export interface PeerReach {
  reachesFromPeer(peerId: string): boolean;
  reachesFromGroup(groupId: string): boolean;
}

export function peerReach(index: AccountIndex, targets: readonly string[], accepts: (rule: IndexedRule) => boolean = () => true): PeerReach {
  const groups = new Set<string>();
  const peers = new Set<string>();
  for (const t of targets) {
    for (const r of rulesTowardPeer(index, t)) {
      if (r.action !== 'accept' || !accepts(r)) continue;
      for (const g of r.sourceGroups) groups.add(g);
      if (r.sourcePeer !== null) peers.add(r.sourcePeer);
    }
    for (const r of rulesFromPeer(index, t)) {
      if (r.action !== 'accept' || !r.bidirectional || !accepts(r)) continue;
      for (const g of r.destinationGroups) groups.add(g);
      if (r.destinationPeer !== null) peers.add(r.destinationPeer);
    }
  }
  const reachesFromPeer = (peerId: string): boolean => {
    if (peers.has(peerId)) return true;
    for (const g of groupsOfPeer(index, peerId)) if (groups.has(g)) return true;
    return false;
  };
  return {
    reachesFromPeer,
    reachesFromGroup(groupId) {
      if (groups.has(groupId)) return true;
      for (const p of peersOfGroup(index, groupId)) if (reachesFromPeer(p)) return true;
      return false;
    },
  };
}
