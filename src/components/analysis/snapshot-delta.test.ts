import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyGroupDraft } from '@/domain/draft/group';
import { withoutNetwork } from '@/domain/draft/network';
import { applyPolicyDraft, policyRequestFromStored } from '@/domain/draft/policy';
import { applyResourceDraft, withoutResource } from '@/domain/draft/resource';
import { patchRouters } from '@/domain/draft/router';
import { generateAccount } from '@/domain/generate';
import type { Snapshot } from '@/domain/snapshot';
import { applySnapshotDelta, encodeSnapshotDelta, type SnapshotDelta, type ValueDelta } from './snapshot-delta';

/**
 * The draft a change preview sends is rebuilt in the worker on the worker's own copy of the
 * account (a structured clone: other objects, equal contents). Rebuilt, it must equal the draft,
 * and what the draft did not change must be the copy's very objects.
 */
const base = generateAccount({ size: 'S' });

/** acrossTheWorker: the draft as the worker rebuilds it, with the worker's copy of the base. */
function acrossTheWorker(draft: Snapshot): { copy: Snapshot; rebuilt: Snapshot; delta: SnapshotDelta } {
  const copy = structuredClone(base);
  const delta = structuredClone(encodeSnapshotDelta(base, draft));
  return { copy, rebuilt: applySnapshotDelta(copy, delta), delta };
}

/** newItems: how many elements travel whole (everything else is a position in the copy). */
function newItems(d: ValueDelta): number {
  switch (d.kind) {
    case 'same':
      return 0;
    case 'value':
      return 1;
    case 'list':
      return d.parts.reduce((n, p) => n + (p.kind === 'new' ? p.items.length : 0), 0);
    case 'record':
      return d.entries.reduce((n, [, e]) => n + newItems(e), 0);
  }
}

/** expectSharedWhereUnchanged: every top-level list, and every element, the draft kept from base is the copy's own. */
function expectSharedWhereUnchanged(draft: Snapshot, copy: Snapshot, rebuilt: Snapshot): void {
  const lists = ['peers', 'groups', 'policies', 'routes', 'networks', 'nameservers', 'setup_keys'] as const;
  for (const key of lists) {
    if (draft[key] === base[key]) expect(rebuilt[key], key).toBe(copy[key]);
    const at = new Map<unknown, number>(base[key].map((x, i) => [x, i]));
    (draft[key] as readonly unknown[]).forEach((item, i) => {
      const j = at.get(item);
      if (j !== undefined) expect((rebuilt[key] as readonly unknown[])[i], `${key}[${i}]`).toBe((copy[key] as readonly unknown[])[j]);
    });
  }
  for (const key of ['network_resources', 'network_routers'] as const) {
    for (const [networkId, list] of Object.entries(draft[key])) {
      if (list === base[key][networkId]) expect(rebuilt[key][networkId], `${key}.${networkId}`).toBe(copy[key][networkId]);
    }
  }
  expect(rebuilt.account).toBe(copy.account);
  expect(rebuilt.lab).toBe(copy.lab);
}

const firstNetwork = (s: Snapshot): string => {
  const id = s.networks.find((n) => (s.network_resources[n.id] ?? []).length > 0 && (s.network_routers[n.id] ?? []).length > 0)?.id;
  if (id === undefined) throw new Error('the generated account has no network with resources and routers');
  return id;
};

describe('snapshot delta across the worker boundary', () => {
  it('the account itself: nothing travels, the rebuilt draft is the copy', () => {
    const { copy, rebuilt, delta } = acrossTheWorker(base);
    expect(delta).toEqual({ kind: 'same' });
    expect(rebuilt).toBe(copy);
  });

  it('a policy edit: one policy travels, every other object is the copy’s', () => {
    const policy = base.policies[3];
    if (policy === undefined) throw new Error('fixture');
    const request = policyRequestFromStored(policy);
    const draft = applyPolicyDraft(base, policy.id, { ...request, rules: request.rules.map((r) => ({ ...r, ports: ['8443'], protocol: 'tcp' })) });
    const { copy, rebuilt, delta } = acrossTheWorker(draft);
    expect(rebuilt).toEqual(draft);
    expect(newItems(delta)).toBe(1);
    expectSharedWhereUnchanged(draft, copy, rebuilt);
    expect(rebuilt.policies[3]).not.toBe(copy.policies[3]);
  });

  it('a new policy is appended; the existing ones stay the copy’s', () => {
    const policy = base.policies[0];
    if (policy === undefined) throw new Error('fixture');
    const draft = applyPolicyDraft(base, null, { ...policyRequestFromStored(policy), name: 'new one' });
    const { copy, rebuilt, delta } = acrossTheWorker(draft);
    expect(rebuilt).toEqual(draft);
    expect(newItems(delta)).toBe(1);
    expectSharedWhereUnchanged(draft, copy, rebuilt);
  });

  it('a resource created, and one deleted (lists shift: positions still map to the copy)', () => {
    const networkId = firstNetwork(base);
    const group = base.groups[0];
    if (group === undefined) throw new Error('fixture');
    const created = applyResourceDraft(base, networkId, { name: 'new db', address: '10.99.0.5', enabled: true, groups: [group.id] });
    const victim = base.network_resources[networkId]?.[0];
    if (victim === undefined) throw new Error('fixture');
    for (const draft of [created, withoutResource(base, victim.id)]) {
      const { copy, rebuilt } = acrossTheWorker(draft);
      expect(rebuilt).toEqual(draft);
      expectSharedWhereUnchanged(draft, copy, rebuilt);
    }
  });

  it('routers drained, a network deleted, a group’s members changed', () => {
    const networkId = firstNetwork(base);
    const routers = (base.network_routers[networkId] ?? []).map((r) => r.id);
    const group = base.groups.find((g) => g.peers.length > 1);
    if (group === undefined) throw new Error('fixture');
    const drafts = [
      patchRouters(base, networkId, routers, { enabled: false }),
      withoutNetwork(base, networkId),
      applyGroupDraft(base, group.id, { name: group.name, peers: group.peers.slice(1).map((p) => p.id), resources: group.resources.map((r) => ({ id: r.id, type: r.type })) }),
    ];
    for (const draft of drafts) {
      const { copy, rebuilt } = acrossTheWorker(draft);
      expect(rebuilt).toEqual(draft);
      expectSharedWhereUnchanged(draft, copy, rebuilt);
    }
  });

  it('any edit of a list (insertions, removals, replacements, moves) rebuilds exactly, sharing what was kept', () => {
    const peers = base.peers.slice(0, 30);
    const small: Snapshot = { ...base, peers };
    const edit = fc.array(
      fc.oneof(
        fc.record({ kind: fc.constant('keep' as const), at: fc.nat(peers.length - 1) }),
        fc.record({ kind: fc.constant('new' as const), name: fc.string({ maxLength: 8 }) }),
      ),
      { maxLength: 40 },
    );
    fc.assert(
      fc.property(edit, (steps) => {
        const draftPeers = steps.map((s) => (s.kind === 'keep' ? (peers[s.at] ?? peers[0]) : { ...peers[0], id: `new-${s.name}`, name: s.name }));
        const draft = { ...small, peers: draftPeers } as Snapshot;
        const copy = structuredClone(small);
        const rebuilt = applySnapshotDelta(copy, structuredClone(encodeSnapshotDelta(small, draft)));
        expect(rebuilt).toEqual(draft);
        steps.forEach((s, i) => {
          if (s.kind === 'keep') expect(rebuilt.peers[i]).toBe(copy.peers[peers.indexOf(draftPeers[i] as (typeof peers)[number])]);
        });
        expect(rebuilt.groups).toBe(copy.groups);
      }),
      { numRuns: 200 },
    );
  });
});
