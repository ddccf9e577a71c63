import { describe, expect, it } from 'vitest';
import { buildAccountIndex } from '@/domain/account';
import { deriveAccountIndex } from '@/domain/account/derive-account-index';
import { applyGroupDraft } from '@/domain/draft/group';
import { applyPolicyDraft, policyRequestFromStored, type PolicyRequestDraft, type PolicyRuleRequestDraft } from '@/domain/draft/policy';
import { applyResourceDraft } from '@/domain/draft/resource';
import { applyRouteDraft, routeDraftFrom } from '@/domain/draft/route';
import { patchRouters } from '@/domain/draft/router';
import { generateAccount } from '@/domain/generate';
import { createRng, type Rng } from '@/domain/generate/prng';
import type { Snapshot } from '@/domain/snapshot';
import { accessDiff } from './access-diff';
import { prepareAccess } from './compute-access';
import { missedByDiff } from './testing/full-recomputation';

/**
 * accessDiff on random edits of a generated account, as the change preview computes it (the
 * draft's index derived from the account's), against recomputing every group and peer of both
 * accounts from full builds. Policy edits take the diff's shortest path (only the destinations the
 * changed rules name); the other kinds check the derived index under the general one.
 */

const before = generateAccount({ size: 'S' }) as unknown as Snapshot;
const PORTS = [['22'], ['443'], ['80', '443'], ['8000-8100'], null] as const;

/** ruleEdit: one random change to a rule, of the kinds the policy editor offers. */
function ruleEdit(rng: Rng, s: Snapshot, r: PolicyRuleRequestDraft): PolicyRuleRequestDraft {
  const group = () => rng.pick(s.groups).id;
  const peer = () => rng.pick(s.peers).id;
  const resources = Object.values(s.network_resources).flat();
  switch (rng.int(0, 9)) {
    case 0:
      return { ...r, protocol: rng.pick(['tcp', 'udp'] as const), ports: (() => { const p = rng.pick(PORTS); return p === null ? null : [...p]; })() };
    case 1:
      return { ...r, protocol: rng.pick(['all', 'icmp', 'netbird-ssh'] as const), ports: null, port_ranges: null };
    case 2:
      return { ...r, destinations: [...r.destinations, group()], destinationResource: null };
    case 3:
      return { ...r, sources: r.sources.length > 1 ? r.sources.slice(1) : [group()], sourceResource: null };
    case 4:
      return { ...r, enabled: !r.enabled };
    case 5:
      return { ...r, action: r.action === 'accept' ? 'drop' : 'accept' };
    case 6:
      return { ...r, bidirectional: !r.bidirectional };
    case 7: {
      const resource = rng.pick(resources);
      return { ...r, destinations: [], destinationResource: { id: resource.id, type: resource.type } };
    }
    case 8:
      return { ...r, sources: [], sourceResource: { id: peer(), type: 'peer' } };
    default:
      return { ...r, destinations: [], destinationResource: { id: peer(), type: 'peer' } };
  }
}

/** policyEdit: the account after one random policy edit: a rule changed, a rule added, the policy toggled, added or deleted. */
function policyEdit(rng: Rng, s: Snapshot): Snapshot {
  const policy = rng.pick(s.policies);
  const draft = policyRequestFromStored(policy);
  const rules = draft.rules;
  switch (rng.int(0, 5)) {
    case 0:
      return applyPolicyDraft(s, policy.id, { ...draft, enabled: !draft.enabled });
    case 1:
      return { ...s, policies: s.policies.filter((p) => p !== policy) };
    case 2:
      return applyPolicyDraft(s, null, { ...draft, name: 'new', rules: rules.map((r) => ({ ...ruleEdit(rng, s, r), id: undefined })) } satisfies PolicyRequestDraft);
    case 3:
      return applyPolicyDraft(s, policy.id, { ...draft, rules: [...rules, ...rules.map((r) => ({ ...ruleEdit(rng, s, r), id: undefined }))] });
    default:
      return applyPolicyDraft(s, policy.id, { ...draft, rules: rules.map((r) => ruleEdit(rng, s, r)) });
  }
}

function otherEdits(s: Snapshot): Record<string, Snapshot> {
  const rng = createRng(7);
  const group = rng.pick(s.groups.filter((g) => g.peers.length > 1 && g.peers.length < s.peers.length));
  const networkId = rng.pick(Object.keys(s.network_routers).filter((n) => (s.network_routers[n] ?? []).length > 0 && (s.network_resources[n] ?? []).length > 0));
  const resource = rng.pick(s.network_resources[networkId] ?? []);
  const route = rng.pick(s.routes);
  return {
    'a member leaves a group': applyGroupDraft(s, group.id, { name: group.name, peers: group.peers.slice(1).map((p) => p.id), resources: group.resources }),
    'a resource disabled': applyResourceDraft(s, networkId, { id: resource.id, name: resource.name, address: resource.address, enabled: false, groups: resource.groups.map((g) => g.id) }),
    'the routers of a network disabled': patchRouters(s, networkId, (s.network_routers[networkId] ?? []).map((r) => r.id), { enabled: false }),
    'a route distributed to another group': applyRouteDraft(s, { ...routeDraftFrom(route), groups: [group.id] }, route.id),
  };
}

describe('accessDiff on a generated account, against recomputing everything', () => {
  const previous = buildAccountIndex(before);
  prepareAccess(previous);

  const rng = createRng(42);
  const policyEdits = Array.from({ length: 24 }, (_, i) => [`policy edit ${i + 1}`, policyEdit(rng, before)] as const);
  for (const [name, after] of [...policyEdits, ...Object.entries(otherEdits(before))]) {
    it(name, () => {
      const diff = accessDiff(previous, deriveAccountIndex(previous, after));
      const b = buildAccountIndex(before);
      const a = buildAccountIndex(after);
      expect(diff).toEqual(accessDiff(b, a));
      expect(missedByDiff(b, a, diff)).toEqual([]);
    });
  }

  it('the random policy edits change access, so the comparison above compares something', () => {
    const changed = policyEdits.filter(([, after]) => accessDiff(previous, deriveAccountIndex(previous, after)).changes.length > 0);
    expect(changed.length).toBeGreaterThan(policyEdits.length / 2);
  });
});
