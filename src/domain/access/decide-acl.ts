import type { AccountIndex } from '@/domain/account';
import { ruleMatchesPacket, type PacketSpec } from './packet-match';
import {
  ruleHasDestinationPeer,
  ruleHasSourcePeer,
  ruleIndexOf,
  rulesFromPeer,
  rulesTowardPeer,
  rulesTowardResource,
  type IndexedRule,
} from './rule-index';

/**
 * decide-acl: the verdict of a chain for one packet, as a NetBird peer's firewall reaches it:
 * drop rules are checked before accept rules, and among each the first rule in account order
 * decides. Each chain differs only in which rules it considers.
 */

export type AclDecision = { kind: 'accept'; rule: IndexedRule } | { kind: 'drop'; rule: IndexedRule } | { kind: 'no-match' };

/** decideAmong: `rules` are the rules of the chain that concern this source and destination, in account order. */
export function decideAmong(rules: readonly IndexedRule[], packet: PacketSpec): AclDecision {
  let accept: IndexedRule | null = null;
  for (const r of rules) {
    if (!ruleMatchesPacket(r, packet)) continue;
    if (r.action === 'drop') return { kind: 'drop', rule: r };
    accept ??= r;
  }
  return accept === null ? { kind: 'no-match' } : { kind: 'accept', rule: accept };
}

/**
 * peerChainRules: the rules of `destId`'s input chain that concern packets from `sourceId`:
 * source → destination, or the reverse direction of a bidirectional rule (bidirectional only
 * means something between two agents).
 */
export function peerChainRules(index: AccountIndex, sourceId: string, destId: string): IndexedRule[] {
  const forward = rulesTowardPeer(index, destId).filter((r) => ruleHasSourcePeer(index, r, sourceId));
  const reverse = rulesFromPeer(index, destId).filter((r) => r.bidirectional && ruleHasDestinationPeer(index, r, sourceId));
  if (reverse.length === 0) return forward;
  return [...new Set([...forward, ...reverse])].sort((a, b) => a.order - b.order);
}

/** decidePeerAcl: the input chain of peer `destId` for a packet from peer `sourceId` (peer-to-peer policies). */
export function decidePeerAcl(index: AccountIndex, sourceId: string, destId: string, packet: PacketSpec): AclDecision {
  return decideAmong(peerChainRules(index, sourceId, destId), packet);
}

/**
 * resourceChainRules: the forward-chain rules for the resources covering a destination. The
 * routing peer filters by destination IP, so the policies of every covering resource it serves
 * apply together (that is the docs' domain/IP-range leak); resource policies are one-way.
 */
export function resourceChainRules(index: AccountIndex, sourceId: string, resourceIds: readonly string[]): IndexedRule[] {
  const rules = new Set<IndexedRule>();
  for (const id of resourceIds) for (const r of rulesTowardResource(index, id)) if (ruleHasSourcePeer(index, r, sourceId)) rules.add(r);
  return [...rules].sort((a, b) => a.order - b.order);
}

export function decideResourceAcl(index: AccountIndex, sourceId: string, resourceIds: readonly string[], packet: PacketSpec): AclDecision {
  return decideAmong(resourceChainRules(index, sourceId, resourceIds), packet);
}

/** routeChainRules: for a legacy route with ACL groups, the rules from the source towards those groups. */
export function routeChainRules(index: AccountIndex, sourceId: string, aclGroups: readonly string[]): IndexedRule[] {
  const by = ruleIndexOf(index).byDestinationGroup;
  const rules = new Set<IndexedRule>();
  for (const g of aclGroups) for (const r of by.get(g) ?? []) if (ruleHasSourcePeer(index, r, sourceId)) rules.add(r);
  return [...rules].sort((a, b) => a.order - b.order);
}

export function decideRouteAcl(index: AccountIndex, sourceId: string, aclGroups: readonly string[], packet: PacketSpec): AclDecision {
  return decideAmong(routeChainRules(index, sourceId, aclGroups), packet);
}

/**
 * peerLink: the first enabled rule that puts peers `a` and `b` into each other's network map (in
 * either direction, any protocol or action, as NetBird builds the map), or null. Without one the
 * client never connects to that routing peer: why an exit node needs at least an ICMP policy.
 */
export function peerLink(index: AccountIndex, a: string, b: string): IndexedRule | null {
  let best: IndexedRule | null = null;
  for (const r of rulesTowardPeer(index, b)) {
    if (ruleHasSourcePeer(index, r, a)) {
      best = r;
      break;
    }
  }
  for (const r of rulesTowardPeer(index, a)) {
    if (best !== null && r.order >= best.order) break;
    if (ruleHasSourcePeer(index, r, b)) {
      best = r;
      break;
    }
  }
  return best;
}

/**
 * distributingRule: the first rule (accept or drop) that sends resource `resourceId`'s route to
 * `peerId`: Networks distribute a resource only to the sources of the policies that target it.
 */
export function distributingRule(index: AccountIndex, peerId: string, resourceId: string): IndexedRule | null {
  for (const r of rulesTowardResource(index, resourceId)) if (ruleHasSourcePeer(index, r, peerId)) return r;
  return null;
}
