import { describe, expect, it } from 'vitest';
import { applyPlan, initialApplyState, undoPlan, type ApplyPort } from './apply-plan';
import { defaultPlan, type WizardPlan } from './plan';
import { planObjects, type PlannedObject } from './plan-objects';
import { contextOf, wizardAccount } from './test-fixtures';

/** A fake server: stores created objects by name, can refuse the nth create, can lose an answer. */
function fakeServer() {
  const store = new Map<string, { kind: string; name: string; body: unknown }>();
  let next = 1;
  let refuse: string | null = null;
  let loseAnswerOf: string | null = null;
  const nameOf = (o: PlannedObject) => ('body' in o && typeof o.body === 'object' && o.body !== null && 'name' in o.body ? String(o.body.name) : o.label);
  const port: ApplyPort = {
    find: async (o) => [...store.entries()].find(([, v]) => v.kind === o.kind && v.name === nameOf(o))?.[0],
    create: async (o) => {
      if (refuse === o.kind) throw new Error('500: internal error');
      const id = `id-${next++}`;
      store.set(id, { kind: o.kind, name: nameOf(o), body: 'body' in o ? o.body : null });
      if (loseAnswerOf === o.kind) {
        loseAnswerOf = null;
        throw new Error('timeout');
      }
      return id;
    },
    remove: async (_o, id) => {
      store.delete(id);
    },
  };
  return { store, port, refuseKind: (k: string | null) => (refuse = k), loseAnswer: (k: string) => (loseAnswerOf = k) };
}

const plan: WizardPlan = {
  ...defaultPlan('site'),
  peers: [{ kind: 'new', name: 'gw', platform: 'linux', metric: 100, failureDomain: '' }],
  access: { policyName: 'P', sourceGroups: ['engineers'], protocol: 'all', ports: [], inputPorts: [] },
};

describe('applyPlan', () => {
  it('stops at a refused call, keeps what was created, and a retry creates each object once', async () => {
    const objects = planObjects(plan, contextOf(wizardAccount()));
    const server = fakeServer();
    server.refuseKind('setup-key');
    const failed = await applyPlan(objects, initialApplyState(), server.port);
    expect(failed.status).toBe('failed');
    expect(failed.failure).toMatchObject({ label: expect.stringContaining('Setup key'), message: '500: internal error', during: 'apply' });
    expect(server.store.size).toBe(5);
    expect([...server.store.values()].some((v) => v.kind === 'policy')).toBe(false);

    server.refuseKind(null);
    const done = await applyPlan(objects, failed, server.port);
    expect(done.status).toBe('applied');
    expect(server.store.size).toBe(objects.length);
    expect(Object.keys(done.created)).toHaveLength(objects.length);
  });

  it('finds an object whose answer was lost instead of creating it again', async () => {
    const objects = planObjects(plan, contextOf(wizardAccount()));
    const server = fakeServer();
    server.loseAnswer('network');
    const failed = await applyPlan(objects, initialApplyState(), server.port);
    expect(failed.status).toBe('failed');
    const done = await applyPlan(objects, failed, server.port);
    expect(done.status).toBe('applied');
    expect([...server.store.values()].filter((v) => v.kind === 'network')).toHaveLength(1);
  });

  it('sends real ids, never placeholders, and undo removes everything newest first', async () => {
    const objects = planObjects(plan, contextOf(wizardAccount()));
    const server = fakeServer();
    const done = await applyPlan(objects, initialApplyState(), server.port);
    expect(JSON.stringify([...server.store.values()])).not.toMatch(/wizard:[a-z]/);
    const removed: string[] = [];
    const port: ApplyPort = { ...server.port, remove: async (o, id) => {
        removed.push(o.kind);
        await server.port.remove(o, id);
      } };
    const undone = await undoPlan(objects, done, port);
    expect(undone.status).toBe('undone');
    expect(server.store.size).toBe(0);
    expect(removed).toEqual(['policy', 'setup-key', 'router', 'resource', 'network', 'group', 'group']);
  });
});
