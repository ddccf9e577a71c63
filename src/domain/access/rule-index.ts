import { groupsOfPeer, groupsOfResource, type AccountIndex } from '@/domain/account';
import { baseIndexOf } from '@/domain/account/derive-account-index';
import type { PortRange } from '@/domain/net';
import type { SnapAction, SnapPolicy, SnapPolicyRule, SnapProtocol } from '@/domain/snapshot';
import { buildRuleIndex, deriveRuleIndex, type BuiltRuleIndex } from './rule-index-build';

/**
 * rule-index: every enabled policy rule, flattened once per account index and filed by the
 * groups, peers and resources it names, so a trace or an access query touches only the rules
 * that can matter instead of scanning thousands of policies.
 */

/** IndexedRule: one enabled rule of one enabled policy, with its ports parsed. */
export interface IndexedRule {
  policy: SnapPolicy;
  rule: SnapPolicyRule;
  /**
   * Position in the account (policy order, then rule order): the first match decides. Only ever
   * compared: a derived rule index (rule-index-build.ts) may number a changed policy's rules with
   * fractions between its neighbours'.
   */
  order: number;
  action: SnapAction;
  protocol: SnapProtocol;
  /** Allowed port ranges; null means every port (no ports listed, or a protocol without ports). */
  ports: readonly PortRange[] | null;
  bidirectional: boolean;
  sourceGroups: readonly string[];
  destinationGroups: readonly string[];
  /** sourceResource of type peer. */
  sourcePeer: string | null;
  /** destinationResource of type peer. */
  destinationPeer: string | null;
  /** destinationResource of a network resource type (host, subnet, domain). */
  destinationResource: string | null;
}

export interface RuleIndex {
  rules: readonly IndexedRule[];
  bySourceGroup: ReadonlyMap<string, readonly IndexedRule[]>;
  byDestinationGroup: ReadonlyMap<string, readonly IndexedRule[]>;
  bySourcePeer: ReadonlyMap<string, readonly IndexedRule[]>;
  byDestinationPeer: ReadonlyMap<string, readonly IndexedRule[]>;
  byDestinationResource: ReadonlyMap<string, readonly IndexedRule[]>;
  /** Whether any rule drops: most accounts have none, and then nothing needs to check for one. */
  hasDrops: boolean;
}

const NONE: readonly IndexedRule[] = [];

interface RuleCache {
  index: BuiltRuleIndex;
  towardResource: Map<string, readonly IndexedRule[]>;
  towardPeer: Map<string, readonly IndexedRule[]>;
  fromPeer: Map<string, readonly IndexedRule[]>;
}

const caches = new WeakMap<AccountIndex, RuleCache>();

/**
 * cacheOf: the rules of an account index, built on first use. An index derived from another
 * (a draft's, deriveAccountIndex) derives them from that index's rules when those are built: a
 * policy edit re-indexes one policy instead of every policy of the account. With the same policies
 * and the same memberships, the draft shares the whole cache, lookups by peer and resource included.
 */
function cacheOf(index: AccountIndex): RuleCache {
  let c = caches.get(index);
  if (c === undefined) {
    const base = baseIndexOf(index);
    const previous = base === undefined ? undefined : caches.get(base);
    const policies = index.snapshot.policies;
    if (previous !== undefined && base !== undefined && previous.index.policies === policies && base.peerGroups === index.peerGroups && base.resourceGroups === index.resourceGroups) {
      c = previous;
    } else {
      const rules = (previous === undefined ? null : deriveRuleIndex(previous.index, policies)) ?? buildRuleIndex(policies);
      c = { index: rules, towardResource: new Map(), towardPeer: new Map(), fromPeer: new Map() };
    }
    caches.set(index, c);
  }
  return c;
}

/** ruleIndexOf: the rule index of an account index, built on first use and cached with it. */
export function ruleIndexOf(index: AccountIndex): RuleIndex {
  return cacheOf(index).index;
}

/** union merges rule lists into one list in account order, without duplicates. */
function union(lists: readonly (readonly IndexedRule[] | undefined)[]): readonly IndexedRule[] {
  const present = lists.filter((l): l is readonly IndexedRule[] => l !== undefined && l.length > 0);
  if (present.length === 0) return NONE;
  if (present.length === 1) return present[0] ?? NONE;
  const seen = new Set<IndexedRule>();
  for (const l of present) for (const r of l) seen.add(r);
  return [...seen].sort((a, b) => a.order - b.order);
}

function memo(m: Map<string, readonly IndexedRule[]>, key: string, build: () => readonly IndexedRule[]): readonly IndexedRule[] {
  let v = m.get(key);
  if (v === undefined) {
    v = build();
    m.set(key, v);
  }
  return v;
}

/** rulesTowardResource: rules whose destination is the resource or a group holding it. */
export function rulesTowardResource(index: AccountIndex, resourceId: string): readonly IndexedRule[] {
  const c = cacheOf(index);
  return memo(c.towardResource, resourceId, () =>
    union([c.index.byDestinationResource.get(resourceId), ...groupsOfResource(index, resourceId).map((g) => c.index.byDestinationGroup.get(g))]),
  );
}

/** rulesTowardPeer: rules whose destination holds the peer (a group of it, or the peer itself). */
export function rulesTowardPeer(index: AccountIndex, peerId: string): readonly IndexedRule[] {
  const c = cacheOf(index);
  return memo(c.towardPeer, peerId, () =>
    union([c.index.byDestinationPeer.get(peerId), ...[...groupsOfPeer(index, peerId)].map((g) => c.index.byDestinationGroup.get(g))]),
  );
}

/** rulesFromPeer: rules whose sources hold the peer. */
export function rulesFromPeer(index: AccountIndex, peerId: string): readonly IndexedRule[] {
  const c = cacheOf(index);
  return memo(c.fromPeer, peerId, () => union([c.index.bySourcePeer.get(peerId), ...[...groupsOfPeer(index, peerId)].map((g) => c.index.bySourceGroup.get(g))]));
}

/** rulesNamingGroup: rules with the group among their sources or destinations, in account order. */
export function rulesNamingGroup(index: AccountIndex, groupId: string): readonly IndexedRule[] {
  const ri = cacheOf(index).index;
  return union([ri.bySourceGroup.get(groupId), ri.byDestinationGroup.get(groupId)]);
}

/** ruleHasSourcePeer: does the rule's source side hold the peer? */
export function ruleHasSourcePeer(index: AccountIndex, rule: IndexedRule, peerId: string): boolean {
  if (rule.sourcePeer === peerId) return true;
  const groups = groupsOfPeer(index, peerId);
  return rule.sourceGroups.some((g) => groups.has(g));
}

/** ruleHasDestinationPeer: does the rule's destination side hold the peer? */
export function ruleHasDestinationPeer(index: AccountIndex, rule: IndexedRule, peerId: string): boolean {
  if (rule.destinationPeer === peerId) return true;
  const groups = groupsOfPeer(index, peerId);
  return rule.destinationGroups.some((g) => groups.has(g));
}

/**
 * describeRule names a rule for messages: `policy "name" (id, rule "rule name")`. The id is left
 * out when it equals the name, and the rule name when it repeats the policy's.
 */
export function describeRule(r: IndexedRule): string {
  const detail: string[] = [];
  if (r.policy.id !== r.policy.name) detail.push(r.policy.id);
  if (r.rule.name !== '' && r.rule.name !== r.policy.name) detail.push(`rule "${r.rule.name}"`);
  return `policy "${r.policy.name}"${detail.length === 0 ? '' : ` (${detail.join(', ')})`}`;
}
