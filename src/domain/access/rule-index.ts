import { groupsOfPeer, groupsOfResource, type AccountIndex } from '@/domain/account';
import { parsePortRange, type PortRange } from '@/domain/net';
import type { SnapAction, SnapPolicy, SnapPolicyRule, SnapProtocol } from '@/domain/snapshot';

/**
 * rule-index: every enabled policy rule, flattened once per account index and filed by the
 * groups, peers and resources it names, so a trace or an access query touches only the rules
 * that can matter instead of scanning thousands of policies.
 */

/** IndexedRule: one enabled rule of one enabled policy, with its ports parsed. */
export interface IndexedRule {
  policy: SnapPolicy;
  rule: SnapPolicyRule;
  /** Position in the account (policy order, then rule order): the first match decides. */
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
}

const NONE: readonly IndexedRule[] = [];

/** rulePorts: ports and port ranges as ranges; unparsable entries are skipped (the linter reports them). */
function rulePorts(rule: SnapPolicyRule, portCache: Map<string, PortRange | null>): readonly PortRange[] | null {
  if (rule.protocol === 'all' || rule.protocol === 'icmp') return null;
  const ranges: PortRange[] = [];
  for (const p of rule.ports ?? []) {
    // thousands of rules name the same few ports ("443", "22"): parse each text once
    let parsed = portCache.get(p);
    if (parsed === undefined) {
      const r = parsePortRange(p);
      parsed = r.ok ? r.value : null;
      portCache.set(p, parsed);
    }
    if (parsed !== null) ranges.push(parsed);
  }
  for (const pr of rule.port_ranges ?? []) {
    const r = parsePortRange(pr);
    if (r.ok) ranges.push(r.value);
  }
  return ranges.length === 0 && (rule.ports ?? []).length === 0 && (rule.port_ranges ?? []).length === 0 ? null : ranges;
}

const NO_GROUPS: readonly string[] = [];

/** groupIds: a rule side's group ids; the many empty sides (rules to a resource) share one array. */
function groupIds(groups: readonly { id: string }[]): readonly string[] {
  if (groups.length === 0) return NO_GROUPS;
  const ids: string[] = [];
  for (const g of groups) ids.push(g.id);
  return ids;
}

function buildRuleIndex(index: AccountIndex): RuleIndex {
  const rules: IndexedRule[] = [];
  const bySourceGroup = new Map<string, IndexedRule[]>();
  const byDestinationGroup = new Map<string, IndexedRule[]>();
  const bySourcePeer = new Map<string, IndexedRule[]>();
  const byDestinationPeer = new Map<string, IndexedRule[]>();
  const byDestinationResource = new Map<string, IndexedRule[]>();
  const file = (m: Map<string, IndexedRule[]>, key: string, r: IndexedRule) => {
    const list = m.get(key);
    if (list === undefined) m.set(key, [r]);
    else if (list[list.length - 1] !== r) list.push(r);
  };
  const portCache = new Map<string, PortRange | null>();
  for (const policy of index.snapshot.policies) {
    if (!policy.enabled) continue;
    for (const rule of policy.rules) {
      if (!rule.enabled) continue;
      const src = rule.sourceResource;
      const dst = rule.destinationResource;
      const r: IndexedRule = {
        policy,
        rule,
        order: rules.length,
        action: rule.action,
        protocol: rule.protocol,
        ports: rulePorts(rule, portCache),
        bidirectional: rule.bidirectional,
        sourceGroups: groupIds(rule.sources),
        destinationGroups: groupIds(rule.destinations),
        sourcePeer: src?.type === 'peer' ? src.id : null,
        destinationPeer: dst?.type === 'peer' ? dst.id : null,
        destinationResource: dst && dst.type !== 'peer' ? dst.id : null,
      };
      rules.push(r);
      for (const g of r.sourceGroups) file(bySourceGroup, g, r);
      for (const g of r.destinationGroups) file(byDestinationGroup, g, r);
      if (r.sourcePeer !== null) file(bySourcePeer, r.sourcePeer, r);
      if (r.destinationPeer !== null) file(byDestinationPeer, r.destinationPeer, r);
      if (r.destinationResource !== null) file(byDestinationResource, r.destinationResource, r);
    }
  }
  return { rules, bySourceGroup, byDestinationGroup, bySourcePeer, byDestinationPeer, byDestinationResource };
}

interface RuleCache {
  index: RuleIndex;
  towardResource: Map<string, readonly IndexedRule[]>;
  towardPeer: Map<string, readonly IndexedRule[]>;
  fromPeer: Map<string, readonly IndexedRule[]>;
}

const caches = new WeakMap<AccountIndex, RuleCache>();

function cacheOf(index: AccountIndex): RuleCache {
  let c = caches.get(index);
  if (c === undefined) {
    c = { index: buildRuleIndex(index), towardResource: new Map(), towardPeer: new Map(), fromPeer: new Map() };
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
