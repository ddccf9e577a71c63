import { describe, expect, it } from 'vitest';
import { applyPolicyDraft, policyRequestFromStored } from '@/domain/draft/policy';
import { officeAccount } from '@/domain/testing/office-account';
import { previewChange } from './change-preview';
import type { ReachabilityTest } from './reachability-test';

const tests: ReachabilityTest[] = [
  { name: 'lan ssh', from: 'alice', to: '10.10.0.5:22', expect: 'allow' },
  { name: 'lan web', from: 'alice', to: '10.10.0.5:443', expect: 'allow' },
  { name: 'sales kept out', from: 'bob', to: '10.10.0.5:22', expect: 'deny' },
  { name: 'already failing', from: 'alice', to: '10.10.0.5:80', expect: 'allow' },
];

describe('previewChange', () => {
  const before = officeAccount();
  const office = before.policies.find((p) => p.id === 'pol-office');
  if (office === undefined) throw new Error('fixture');
  const edit = (ports: string[], sources: string[]) => {
    const d = policyRequestFromStored(office);
    return applyPolicyDraft(before, 'pol-office', { ...d, rules: d.rules.map((r) => ({ ...r, ports, sources })) });
  };

  it('an edit that narrows access: the diff names the loss, and the test it breaks blocks', () => {
    const p = previewChange(before, edit(['22'], ['engineers']), tests);
    expect(p.access.changes.map((c) => `${c.source.name} -> ${c.destination.name}: -${c.lost.map((g) => `${g.protocol} ${g.ports.join(',')}`).join(';')}`)).toEqual(['engineers -> lan: -tcp 443']);
    expect(p.tests.broken.map((o) => o.name)).toEqual(['lan web']);
    expect(p.tests.broken[0]?.reason).toMatch(/^Route ACL: .*no policy towards the resource or its groups allows it/);
    expect(p.tests.stillFailing.map((o) => o.name)).toEqual(['already failing']);
    expect(p.tests.fixed).toEqual([]);
  });

  it('an edit that opens access: a deny test breaks, a failing allow test is fixed', () => {
    const p = previewChange(before, edit(['22', '80', '443'], ['engineers', 'sales']), tests);
    expect(p.access.changes.map((c) => `${c.source.name} -> ${c.destination.name}`)).toEqual(['engineers -> lan', 'sales -> lan']);
    expect(p.tests.broken.map((o) => o.name)).toEqual(['sales kept out']);
    expect(p.tests.fixed.map((o) => o.name)).toEqual(['already failing']);
  });

  it('no change: nothing to show, nothing broken', () => {
    const p = previewChange(before, before, tests);
    expect(p.access.changes).toEqual([]);
    expect(p.tests.broken).toEqual([]);
    expect(p.tests.after.map((o) => o.passed)).toEqual([true, true, true, false]);
  });
});
