import { describe, expect, it } from 'vitest';
import { defaultPlan, initialApplyState } from '@/domain/wizard';
import { DRAFT_KEY, loadDraft, saveDraft, type WizardDraft } from './wizard-draft';

/** A Storage in memory: the draft functions take it as a parameter. */
function memoryStorage(): Storage {
  const m = new Map<string, string>();
  return {
    get length() {
      return m.size;
    },
    clear: () => m.clear(),
    getItem: (k) => m.get(k) ?? null,
    key: (i) => [...m.keys()][i] ?? null,
    removeItem: (k) => void m.delete(k),
    setItem: (k, v) => void m.set(k, v),
  };
}

const draftAt = (plan: WizardDraft['plan'], step: WizardDraft['step']): WizardDraft => ({ plan, step, apply: initialApplyState(), verify: { joined: [], client: '' } });

describe('wizard draft', () => {
  it('keeps a half-filled draft: no source group yet, a cleared name, an emptied number field', () => {
    const storage = memoryStorage();
    const plan = defaultPlan('site');
    plan.network = { kind: 'new', name: '', description: '' };
    plan.resources = [{ name: '', address: '10.9.0.0/16' }];
    plan.peers = [{ kind: 'existing', peerId: '', metric: Number.NaN, failureDomain: '' }];
    saveDraft(draftAt(plan, 'network'), storage);
    const loaded = loadDraft(storage);
    expect(loaded?.step).toBe('network');
    expect(loaded?.plan.access.sourceGroups).toEqual([]);
    expect(loaded?.plan.resources).toEqual([{ name: '', address: '10.9.0.0/16' }]);
    // NaN is saved as null; it comes back as NetBird's default metric.
    expect(loaded?.plan.peers).toEqual([{ kind: 'existing', peerId: '', metric: 9999, failureDomain: '' }]);
  });

  it('drops a draft of another shape instead of trusting it', () => {
    const storage = memoryStorage();
    storage.setItem(DRAFT_KEY, JSON.stringify({ plan: { scenario: 'mesh' }, step: 'network' }));
    expect(loadDraft(storage)).toBeNull();
    storage.setItem(DRAFT_KEY, '{not json');
    expect(loadDraft(storage)).toBeNull();
  });

  it('resumes a plan closed mid-apply as failed, so Retry continues it', () => {
    const storage = memoryStorage();
    const d = draftAt(defaultPlan('kubernetes'), 'apply');
    d.apply = { status: 'running', created: { 'wizard:network': 'net-1' }, failure: null };
    saveDraft(d, storage);
    const loaded = loadDraft(storage);
    expect(loaded?.apply.status).toBe('failed');
    expect(loaded?.apply.created).toEqual({ 'wizard:network': 'net-1' });
  });
});
