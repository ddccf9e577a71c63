import { groupsOfPeer, groupsOfResource, type AccountIndex } from '@/domain/account';
import { ruleIndexOf, type IndexedRule } from '@/domain/access/rule-index';

/**
 * rule-walk: visit the enabled rules that concern a peer or a resource straight from the rule
 * index's lists. The linter only collects sources into sets, so it needs neither the account
 * order nor de-duplication that the trace's merged lists pay for; a rule may be visited twice.
 */

type Visit = (rule: IndexedRule) => void;

function visitLists(lists: ReadonlyMap<string, readonly IndexedRule[]>, keys: Iterable<string>, visit: Visit): void {
  for (const k of keys) {
    const list = lists.get(k);
    if (list !== undefined) for (const r of list) visit(r);
  }
}

/** forEachRuleTowardPeer: rules whose destination is the peer or one of its groups. */
export function forEachRuleTowardPeer(index: AccountIndex, peerId: string, visit: Visit): void {
  const ri = ruleIndexOf(index);
  for (const r of ri.byDestinationPeer.get(peerId) ?? []) visit(r);
  visitLists(ri.byDestinationGroup, groupsOfPeer(index, peerId), visit);
}

/** forEachRuleFromPeer: rules whose sources hold the peer. */
export function forEachRuleFromPeer(index: AccountIndex, peerId: string, visit: Visit): void {
  const ri = ruleIndexOf(index);
  for (const r of ri.bySourcePeer.get(peerId) ?? []) visit(r);
  visitLists(ri.bySourceGroup, groupsOfPeer(index, peerId), visit);
}

/** forEachRuleTowardResource: rules whose destination is the resource or one of its groups. */
export function forEachRuleTowardResource(index: AccountIndex, resourceId: string, visit: Visit): void {
  const ri = ruleIndexOf(index);
  for (const r of ri.byDestinationResource.get(resourceId) ?? []) visit(r);
  visitLists(ri.byDestinationGroup, groupsOfResource(index, resourceId), visit);
}

/** Sources: the groups and single peers on one side of a set of rules. */
export interface Sources {
  groups: Set<string>;
  peers: Set<string>;
}

/** acceptSourcesTowardResource: who an enabled accept rule lets reach the resource (its forward chain). */
export function acceptSourcesTowardResource(index: AccountIndex, resourceId: string): Sources {
  const s: Sources = { groups: new Set(), peers: new Set() };
  forEachRuleTowardResource(index, resourceId, (r) => {
    if (r.action !== 'accept') return;
    for (const g of r.sourceGroups) s.groups.add(g);
    if (r.sourcePeer !== null) s.peers.add(r.sourcePeer);
  });
  return s;
}

/** sourcesHoldPeer: the peer is one of the single peers, or a member of one of the groups. */
export function sourcesHoldPeer(index: AccountIndex, s: Sources, peerId: string): boolean {
  if (s.peers.has(peerId)) return true;
  for (const g of groupsOfPeer(index, peerId)) if (s.groups.has(g)) return true;
  return false;
}
