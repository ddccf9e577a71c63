import { describe, expect, it } from 'vitest';
import { buildAccountIndex } from '@/domain/account';
import { deriveAccountIndex } from '@/domain/account/derive-account-index';
import { applyGroupDraft } from '@/domain/draft/group';
import { applyRouteDraft, routeDraftFrom } from '@/domain/draft/route';
import { generateAccount } from '@/domain/generate';
import type { SnapPolicy, SnapPolicyRule, Snapshot } from '@/domain/snapshot';
import { buildRuleIndex, deriveRuleIndex } from './rule-index-build';
import { ruleIndexOf, rulesFromPeer, rulesTowardResource, type IndexedRule, type RuleIndex } from './rule-index';

/**
 * A rule index as plain data, with each rule's `order` replaced by its rank: a derived index may
 * number a changed policy's rules with fractions, and only the order they put rules in counts.
 */
function contents(ri: RuleIndex) {
  const rank = new Map(ri.rules.map((r, i) => [r, i]));
  const orders = ri.rules.map((r) => r.order);
  expect(orders, 'numbers strictly increasing in account order').toEqual([...orders].sort((a, b) => a - b));
  expect(new Set(orders).size).toBe(orders.length);
  const filed = (m: ReadonlyMap<string, readonly IndexedRule[]>) =>
    [...m].map(([k, list]) => [k, list.map((r) => rank.get(r))] as const).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    rules: ri.rules.map(({ order: _order, ...fields }) => fields),
    bySourceGroup: filed(ri.bySourceGroup),
    byDestinationGroup: filed(ri.byDestinationGroup),
    bySourcePeer: filed(ri.bySourcePeer),
    byDestinationPeer: filed(ri.byDestinationPeer),
    byDestinationResource: filed(ri.byDestinationResource),
    hasDrops: ri.hasDrops,
  };
}

const account = () => generateAccount({ size: 'S' }) as unknown as Snapshot;

const withPolicies = (s: Snapshot, policies: readonly SnapPolicy[]): Snapshot => ({ ...s, policies });

function nth<T>(list: readonly T[], i: number): T {
  const x = list.at(i);
  if (x === undefined) throw new Error(`no item ${i}`);
  return x;
}

const rule = (p: SnapPolicy): SnapPolicyRule => nth(p.rules, 0);
const replace = (s: Snapshot, i: number, edit: (p: SnapPolicy) => SnapPolicy) => withPolicies(s, s.policies.map((p, j) => (j === i ? edit(p) : p)));

/** edits: policy lists as editors and imports change them. */
function edits(s: Snapshot): Record<string, Snapshot> {
  const mid = Math.floor(s.policies.length / 2);
  const p = nth(s.policies, mid);
  return {
    'a rule edited in place': replace(s, mid, (x) => ({ ...x, rules: x.rules.map((r) => ({ ...r, protocol: 'udp', ports: ['53'], destinations: [...r.destinations, ...r.sources] })) })),
    'a rule added': replace(s, mid, (x) => ({ ...x, enabled: true, rules: [...x.rules, { ...rule(x), id: 'added', action: 'drop', enabled: true }] })),
    'a rule disabled': replace(s, mid, (x) => ({ ...x, rules: x.rules.map((r) => ({ ...r, enabled: false })) })),
    'the first policy disabled': replace(s, 0, (x) => ({ ...x, enabled: false })),
    'the last policy given three rules': replace(s, -1, (x) => ({ ...x, rules: [rule(x), { ...rule(x), id: 'b' }, { ...rule(x), id: 'c', bidirectional: true }] })),
    'a policy deleted': withPolicies(s, s.policies.filter((x) => x !== p)),
    'a policy added at the end': withPolicies(s, [...s.policies, { ...p, id: 'new' }]),
    'a policy added in front': withPolicies(s, [{ ...p, id: 'new' }, ...s.policies]),
    'a policy moved to the end': withPolicies(s, [...s.policies.filter((x) => x !== p), p]),
    'every policy replaced': withPolicies(s, s.policies.map((x) => ({ ...x }))),
    'no policies': withPolicies(s, []),
    'one drop rule named peer to peer': replace(s, mid, (x) => ({
      ...x,
      rules: [{ ...rule(x), action: 'drop', sources: [], destinations: [], sourceResource: { id: nth(s.peers, 0).id, type: 'peer' }, destinationResource: { id: nth(s.peers, 1).id, type: 'peer' } }],
    })),
  };
}

describe('the rule index of a derived account index', () => {
  const before = account();
  const previous = buildAccountIndex(before);
  ruleIndexOf(previous);

  for (const [name, after] of Object.entries(edits(before))) {
    it(`equals a full build: ${name}`, () => {
      const derived = ruleIndexOf(deriveAccountIndex(previous, after));
      expect(contents(derived)).toEqual(contents(ruleIndexOf(buildAccountIndex(after))));
    });
  }

  it('keeps the rules of unchanged policies, and numbers an edit with as many rules as a full build does', () => {
    const after = nth(Object.values(edits(before)), 0);
    const derived = ruleIndexOf(deriveAccountIndex(previous, after));
    const full = ruleIndexOf(buildAccountIndex(after));
    expect(derived.rules.map((r) => r.order)).toEqual(full.rules.map((r) => r.order));
    const kept = derived.rules.filter((r) => r.policy !== nth(after.policies, Math.floor(after.policies.length / 2)));
    expect(kept.every((r) => ruleIndexOf(previous).rules.includes(r))).toBe(true);
  });

  it('is built from scratch when the account it derives from has none yet, with the same result', () => {
    const fresh = buildAccountIndex(before);
    const after = nth(Object.values(edits(before)), 1);
    expect(contents(ruleIndexOf(deriveAccountIndex(fresh, after)))).toEqual(contents(ruleIndexOf(buildAccountIndex(after))));
  });

  it('is shared, lookups included, when neither policies nor memberships change', () => {
    const route = nth(before.routes, 0);
    const after = applyRouteDraft(before, { ...routeDraftFrom(route), metric: route.metric + 1 }, route.id);
    const derived = deriveAccountIndex(previous, after);
    expect(ruleIndexOf(derived)).toBe(ruleIndexOf(previous));
    const peer = nth(before.peers, 0).id;
    expect(rulesFromPeer(derived, peer)).toBe(rulesFromPeer(previous, peer));
  });

  it('answers lookups through the draft’s memberships when they change', () => {
    const group = nth(
      before.groups.filter((g) => g.resources.length > 0),
      0,
    );
    const resource = nth(group.resources, 0).id;
    const after = applyGroupDraft(before, group.id, { name: group.name, peers: group.peers.map((p) => p.id), resources: [] });
    const derived = deriveAccountIndex(previous, after);
    expect(rulesTowardResource(derived, resource).map((r) => r.order)).toEqual(rulesTowardResource(buildAccountIndex(after), resource).map((r) => r.order));
    expect(rulesTowardResource(derived, resource)).not.toEqual(rulesTowardResource(previous, resource));
  });
});

describe('deriveRuleIndex', () => {
  /** insertions: the policy list after each of `rounds` new policies is put in front of the previous one, in the middle of the account. */
  function* insertions(rounds: number): Generator<readonly SnapPolicy[]> {
    const s = account();
    const mid = Math.floor(s.policies.length / 2);
    const template = nth(s.policies, mid);
    let policies = s.policies;
    for (let round = 0; round < rounds; round++) {
      // each new policy's numbers must fit between the policy before it and the last one inserted
      policies = [...policies.slice(0, mid), { ...template, id: `new-${round}`, enabled: true, rules: [{ ...rule(template), enabled: true }] }, ...policies.slice(mid)];
      yield policies;
    }
  }

  it('fits a policy that grew a rule between its neighbours, with fractions, keeping every other rule', () => {
    const s = account();
    const previous = buildRuleIndex(s.policies);
    const after = nth(Object.values(edits(s)), 1).policies;
    const derived = deriveRuleIndex(previous, after);
    expect(derived).not.toBeNull();
    expect(derived?.rules.some((r) => !Number.isInteger(r.order))).toBe(true);
    expect(derived?.rules.filter((r) => previous.rules.includes(r)).length).toBe(previous.rules.length - (previous.rulesOfPolicy[Math.floor(s.policies.length / 2)]?.length ?? 0));
  });

  it('derives from derived indexes again and again, and each equals a full build', () => {
    let ri = buildRuleIndex(account().policies);
    for (const policies of insertions(70)) {
      ri = deriveRuleIndex(ri, policies) ?? buildRuleIndex(policies);
      expect(ri.policies).toBe(policies);
      expect(contents(ri)).toEqual(contents(buildRuleIndex(policies)));
    }
  });

  it('gives up rather than number rules out of order when the fractions run out', () => {
    let ri = buildRuleIndex(account().policies);
    let gaveUp = 0;
    for (const policies of insertions(70)) {
      const next = deriveRuleIndex(ri, policies);
      if (next === null) gaveUp++;
      ri = next ?? buildRuleIndex(policies);
    }
    // halving a gap of 1 runs out of double precision after about 50 halvings, and a fresh build starts over
    expect(gaveUp).toBeGreaterThan(0);
  });
});
