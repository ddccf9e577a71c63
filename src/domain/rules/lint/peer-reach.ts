import { peersOfGroup, type AccountIndex } from '@/domain/account';
import type { IndexedRule } from '@/domain/access/rule-index';
import { forEachRuleFromPeer, forEachRuleTowardPeer, sourcesHoldPeer, type Sources } from './rule-walk';

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
  const s: Sources = { groups: new Set(), peers: new Set() };
  for (const t of targets) {
    forEachRuleTowardPeer(index, t, (r) => {
      if (r.action !== 'accept' || !accepts(r)) return;
      for (const g of r.sourceGroups) s.groups.add(g);
      if (r.sourcePeer !== null) s.peers.add(r.sourcePeer);
    });
    forEachRuleFromPeer(index, t, (r) => {
      if (r.action !== 'accept' || !r.bidirectional || !accepts(r)) return;
      for (const g of r.destinationGroups) s.groups.add(g);
      if (r.destinationPeer !== null) s.peers.add(r.destinationPeer);
    });
  }
  const reachesFromPeer = (peerId: string): boolean => sourcesHoldPeer(index, s, peerId);
  return {
    reachesFromPeer,
    reachesFromGroup(groupId) {
      if (s.groups.has(groupId)) return true;
      const members = peersOfGroup(index, groupId);
      for (const p of s.peers) if (members.has(p)) return true;
      // is some member also in a reaching group? Walk the smaller side (All holds every peer)
      let reachingMembers = 0;
      for (const g of s.groups) reachingMembers += peersOfGroup(index, g).size;
      if (reachingMembers < members.size) {
        for (const g of s.groups) for (const p of peersOfGroup(index, g)) if (members.has(p)) return true;
        return false;
      }
      for (const p of members) if (reachesFromPeer(p)) return true;
      return false;
    },
  };
}
