import { parsePortRange, type PortRange } from '@/domain/net';
import type { SnapPolicy, SnapPolicyRule } from '@/domain/snapshot';
import type { IndexedRule, RuleIndex } from './rule-index';

/**
 * rule-index-build: the rule index of a policy list, built from scratch or derived from the index
 * of the list a draft was made from. A draft replaces the policies it changes and keeps the other
 * policy objects, so deriving re-indexes only the changed policies' rules and refiles them under
 * the groups, peers and resources they name, instead of flattening thousands of policies again.
 */

/** BuiltRuleIndex: a rule index with what deriving the next one needs. */
export interface BuiltRuleIndex extends RuleIndex {
  /** The policy list it indexes. */
  policies: readonly SnapPolicy[];
  /** The indexed rules of each policy, by position in `policies` (none for a disabled policy). */
  rulesOfPolicy: readonly (readonly IndexedRule[])[];
  dropCount: number;
}

const NONE: readonly IndexedRule[] = [];
const NO_GROUPS: readonly string[] = [];

type PortCache = Map<string, PortRange | null>;

/** rulePorts: ports and port ranges as ranges; unparsable entries are skipped (the linter reports them). */
function rulePorts(rule: SnapPolicyRule, portCache: PortCache): readonly PortRange[] | null {
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

/** groupIds: a rule side's group ids; the many empty sides (rules to a resource) share one array. */
function groupIds(groups: readonly { id: string }[]): readonly string[] {
  if (groups.length === 0) return NO_GROUPS;
  const ids: string[] = [];
  for (const g of groups) ids.push(g.id);
  return ids;
}

/** indexedRules: the rules of `policy` the firewall applies (enabled ones of an enabled policy); the i-th is numbered order(i). */
function indexedRules(policy: SnapPolicy, order: (i: number) => number, portCache: PortCache): IndexedRule[] {
  const out: IndexedRule[] = [];
  if (!policy.enabled) return out;
  for (const rule of policy.rules) {
    if (!rule.enabled) continue;
    const src = rule.sourceResource;
    const dst = rule.destinationResource;
    out.push({
      policy,
      rule,
      order: order(out.length),
      action: rule.action,
      protocol: rule.protocol,
      ports: rulePorts(rule, portCache),
      bidirectional: rule.bidirectional,
      sourceGroups: groupIds(rule.sources),
      destinationGroups: groupIds(rule.destinations),
      sourcePeer: src?.type === 'peer' ? src.id : null,
      destinationPeer: dst?.type === 'peer' ? dst.id : null,
      destinationResource: dst && dst.type !== 'peer' ? dst.id : null,
    });
  }
  return out;
}

const enabledRuleCount = (p: SnapPolicy): number => (p.enabled ? p.rules.reduce((n, r) => (r.enabled ? n + 1 : n), 0) : 0);

type Filing = Pick<RuleIndex, 'bySourceGroup' | 'byDestinationGroup' | 'bySourcePeer' | 'byDestinationPeer' | 'byDestinationResource'>;

/** FILINGS: each map of a rule index and the keys a rule is filed under in it. */
const FILINGS: readonly { map: keyof Filing; keys(r: IndexedRule): readonly string[] }[] = [
  { map: 'bySourceGroup', keys: (r) => r.sourceGroups },
  { map: 'byDestinationGroup', keys: (r) => r.destinationGroups },
  { map: 'bySourcePeer', keys: (r) => (r.sourcePeer === null ? NO_GROUPS : [r.sourcePeer]) },
  { map: 'byDestinationPeer', keys: (r) => (r.destinationPeer === null ? NO_GROUPS : [r.destinationPeer]) },
  { map: 'byDestinationResource', keys: (r) => (r.destinationResource === null ? NO_GROUPS : [r.destinationResource]) },
];

/** file adds `r` to each of its keys' lists (once: a rule may name a group twice). */
function file(m: Map<string, IndexedRule[]>, keys: readonly string[], r: IndexedRule): void {
  for (const key of keys) {
    const list = m.get(key);
    if (list === undefined) m.set(key, [r]);
    else if (list[list.length - 1] !== r) list.push(r);
  }
}

const dropsIn = (rules: Iterable<IndexedRule>): number => {
  let n = 0;
  for (const r of rules) if (r.action === 'drop') n++;
  return n;
};

/** buildRuleIndex: every enabled rule of every enabled policy, numbered in account order. */
export function buildRuleIndex(policies: readonly SnapPolicy[]): BuiltRuleIndex {
  const rules: IndexedRule[] = [];
  const rulesOfPolicy: (readonly IndexedRule[])[] = [];
  const maps = FILINGS.map(() => new Map<string, IndexedRule[]>());
  const portCache: PortCache = new Map();
  for (const policy of policies) {
    const start = rules.length;
    const own = indexedRules(policy, (i) => start + i, portCache);
    rulesOfPolicy.push(own.length === 0 ? NONE : own);
    for (const r of own) {
      rules.push(r);
      FILINGS.forEach((f, i) => file(maps[i] as Map<string, IndexedRule[]>, f.keys(r), r));
    }
  }
  return withFilings({ policies, rules, rulesOfPolicy, dropCount: dropsIn(rules) }, maps);
}

function withFilings(parts: Pick<BuiltRuleIndex, 'policies' | 'rules' | 'rulesOfPolicy' | 'dropCount'>, maps: readonly ReadonlyMap<string, readonly IndexedRule[]>[]): BuiltRuleIndex {
  const m = (i: number) => maps[i] ?? new Map<string, readonly IndexedRule[]>();
  return {
    ...parts,
    hasDrops: parts.dropCount > 0,
    bySourceGroup: m(0),
    byDestinationGroup: m(1),
    bySourcePeer: m(2),
    byDestinationPeer: m(3),
    byDestinationResource: m(4),
  };
}

/**
 * refile: a filing map with `removed` rules taken out and `added` ones put in, in account order;
 * the previous map itself when neither names any of its keys.
 */
function refile(
  previous: ReadonlyMap<string, readonly IndexedRule[]>,
  keys: (r: IndexedRule) => readonly string[],
  removed: ReadonlySet<IndexedRule>,
  added: readonly IndexedRule[],
): ReadonlyMap<string, readonly IndexedRule[]> {
  const touched = new Map<string, IndexedRule[]>();
  for (const r of removed) for (const k of keys(r)) if (!touched.has(k)) touched.set(k, []);
  for (const r of added) file(touched, keys(r), r);
  if (touched.size === 0) return previous;
  const out = new Map(previous);
  for (const [k, adds] of touched) {
    const list = (previous.get(k) ?? NONE).filter((r) => !removed.has(r));
    if (adds.length > 0) list.push(...adds);
    if (list.length === 0) out.delete(k);
    else out.set(k, adds.length > 0 ? list.sort((a, b) => a.order - b.order) : list);
  }
  return out;
}

/** countRules: how many rules the policies at positions [from, to) have. */
function countRules(lists: readonly (readonly IndexedRule[])[], from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) n += lists[i]?.length ?? 0;
  return n;
}

/**
 * deriveRuleIndex: the rule index of `policies`, derived from the index of the policy list the
 * draft was made from. The lists are compared by identity from both ends (a draft replaces, adds
 * or removes a policy and keeps every other object in place): the policies in front of the first
 * difference and behind the last keep their IndexedRule objects, and with them their `order`;
 * the ones in between are indexed anew, numbered between their neighbours: with as many rules as
 * before exactly as a full build numbers them, otherwise with fractions (`order` is only ever
 * compared). Null when the numbers run out of room; the caller then builds the index anew.
 */
export function deriveRuleIndex(previous: BuiltRuleIndex, policies: readonly SnapPolicy[]): BuiltRuleIndex | null {
  const was = previous.policies;
  if (policies === was) return previous;
  let head = 0;
  const shorter = Math.min(was.length, policies.length);
  while (head < shorter && was[head] === policies[head]) head++;
  let tail = 0;
  while (tail < shorter - head && was[was.length - 1 - tail] === policies[policies.length - 1 - tail]) tail++;

  const before = previous.rulesOfPolicy;
  const headRules = countRules(before, 0, head);
  const tailRules = countRules(before, before.length - tail, before.length);
  const lower = previous.rules[headRules - 1]?.order ?? -Infinity;
  const upper = previous.rules[previous.rules.length - tailRules]?.order ?? Infinity;

  const changed = policies.slice(head, policies.length - tail);
  const count = changed.reduce((n, p) => n + enabledRuleCount(p), 0);
  const from = lower !== -Infinity ? lower : upper === Infinity ? -1 : upper - count - 1;
  const step = upper === Infinity ? 1 : (upper - from) / (count + 1);
  const portCache: PortCache = new Map();
  const added: IndexedRule[] = [];
  const middle = changed.map((p) => {
    const own = indexedRules(p, (i) => from + step * (added.length + i + 1), portCache);
    added.push(...own);
    return own.length === 0 ? NONE : own;
  });
  // every number strictly between the neighbours' and increasing, or the fractions ran out
  let last = lower;
  for (const r of added) {
    if (!(r.order > last && r.order < upper)) return null;
    last = r.order;
  }

  const removed = new Set(before.slice(head, before.length - tail).flat());
  const rules = previous.rules.slice(0, headRules);
  for (const r of added) rules.push(r);
  for (let i = previous.rules.length - tailRules; i < previous.rules.length; i++) rules.push(previous.rules[i] as IndexedRule);
  const rulesOfPolicy = before.slice(0, head);
  for (const own of middle) rulesOfPolicy.push(own);
  for (let i = before.length - tail; i < before.length; i++) rulesOfPolicy.push(before[i] ?? NONE);
  const dropCount = previous.dropCount - dropsIn(removed) + dropsIn(added);
  return withFilings(
    { policies, rules, rulesOfPolicy, dropCount },
    FILINGS.map((f) => refile(previous[f.map], f.keys, removed, added)),
  );
}
