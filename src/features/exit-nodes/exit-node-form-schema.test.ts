import { describe, expect, it } from 'vitest';
import { snapshotBuilder } from '@/domain/testing/snapshot-builder';
import { exitNodeFormDefaults, exitNodeFormSchema, toExitNodeRequest, type ExitNodeFormValues } from './exit-node-form-schema';

const snapshot = snapshotBuilder().peer('exit-1', { groups: ['exits'] }).peer('laptop', { groups: ['travelers'] }).build();
const refs = {
  hasGroup: (id: string) => snapshot.groups.some((g) => g.id === id),
  hasPeer: (id: string) => snapshot.peers.some((p) => p.id === id),
};
const values = (over: Partial<ExitNodeFormValues> = {}): ExitNodeFormValues => ({ ...exitNodeFormDefaults(), network_id: 'eu-exit', peer: 'exit-1', groups: ['travelers'], ...over });

function errors(v: ExitNodeFormValues): Record<string, string> {
  const r = exitNodeFormSchema({ refs, snapshot }).safeParse(v);
  return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [i.path.join('.'), i.message]));
}

describe('exitNodeFormSchema', () => {
  it('accepts an exit node and refuses what validateRoute refuses', () => {
    expect(errors(values())).toEqual({});
    expect(errors(values({ groups: [] })).groups).toMatch(/^groups must name at least one distribution group/);
    expect(errors(values({ metric: '10000' })).metric).toBe('metric must be between 1 and 9999, got 10000');
  });

  it('requires masquerade', () => {
    expect(errors(values({ masquerade: false })).masquerade).toMatch(/^Required on exit nodes/);
  });
});

describe('toExitNodeRequest', () => {
  it('routes 0.0.0.0/0, turns Auto apply into skip_auto_apply, and keeps stored fields', () => {
    expect(toExitNodeRequest(values({ autoApply: false }))).toMatchObject({ network: '0.0.0.0/0', skip_auto_apply: true, keep_route: true, peer: 'exit-1' });
    const stored = { network: '::/0', keep_route: false, access_control_groups: ['acl'] };
    expect(toExitNodeRequest(values(), stored)).toMatchObject({ network: '::/0', keep_route: false, access_control_groups: ['acl'], skip_auto_apply: false });
  });
});
