import { describe, expect, it } from 'vitest';
import { isResourceDestination } from './resource-policies';
import { addResource, build, cleanAccount, findingsOf, patchPolicy, patchRule } from './testing/lint-fixtures';

describe('isResourceDestination', () => {
  it('is true for a resource, or groups holding only resources', () => {
    expect(isResourceDestination({ destinationResource: { id: 'r', type: 'subnet' } })).toBe(true);
    expect(isResourceDestination({ destinationResource: { id: 'p', type: 'peer' } })).toBe(false);
    expect(isResourceDestination({ destinations: [{ peers_count: 0, resources_count: 2 }] })).toBe(true);
    expect(isResourceDestination({ destinations: [{ peers_count: 1, resources_count: 2 }] })).toBe(false);
    expect(isResourceDestination({ destinations: [{ peers_count: 0, resources_count: 0 }] })).toBe(false);
  });
});

describe('resource-without-policy', () => {
  it('is raised for enabled resources no enabled policy targets', () => {
    const s = build(cleanAccount(), patchPolicy('pol-apps', { enabled: false }));
    const found = findingsOf(s, 'resource-without-policy');
    expect(found.map((f) => f.refs[0])).toEqual([
      { type: 'resource', id: 'app' },
      { type: 'resource', id: 'internal-web' },
    ]);
    expect(found[0]?.severity).toBe('warning');
    expect(found[0]?.message).toBe(
      'Resource "App" (app.corp.example) of network "Corp apps" is the destination of no enabled policy: Networks deny traffic until a policy permits it, so nobody can reach it. Add a policy with the resource or one of its groups (apps) as destination.',
    );
  });

  it('is not raised when a policy targets the resource directly', () => {
    const s = build(
      cleanAccount()
        .policy('Engineers to app', { id: 'pol-app', sources: ['engineers'], destinationResource: 'app' })
        .policy('Engineers to sites', { id: 'pol-sites', sources: ['engineers'], destinationResource: 'internal-web' }),
      patchPolicy('pol-apps', { enabled: false }),
    );
    expect(findingsOf(s, 'resource-without-policy')).toEqual([]);
  });

  it('is raised when only a drop rule targets it, and not for a disabled resource', () => {
    expect(findingsOf(build(cleanAccount(), patchRule('pol-apps', { action: 'drop' })), 'resource-without-policy')).toHaveLength(2);
    expect(findingsOf(build(cleanAccount(), addResource('office', { id: 'lab', address: '10.12.0.0/16', groups: ['lab'], enabled: false })), 'resource-without-policy')).toEqual([]);
  });
});

describe('bidirectional-resource-policy', () => {
  it('is raised for a bidirectional rule towards a resource group, with a fix', () => {
    const [f, ...rest] = findingsOf(build(cleanAccount(), patchRule('pol-office', { bidirectional: true })), 'bidirectional-resource-policy');
    expect(rest).toEqual([]);
    expect(f?.severity).toBe('warning');
    expect(f?.message).toMatch(/^Policy "Engineers to office" is bidirectional, but its destination is a network resource/);
    expect(f?.refs).toEqual([
      { type: 'policy', id: 'pol-office' },
      { type: 'group', id: 'office' },
    ]);
    expect(f?.fix).toEqual({ kind: 'set-rule-bidirectional', policyId: 'pol-office', ruleIndex: 0, ruleId: 'Engineers to office-rule-1', value: false });
  });

  it('is not raised for a bidirectional rule between peers', () => {
    expect(findingsOf(build(cleanAccount(), patchRule('pol-office-ssh', { bidirectional: true })), 'bidirectional-resource-policy')).toEqual([]);
  });

  it('is raised for a single resource destination', () => {
    const s = build(cleanAccount().policy('To app', { id: 'pol-app', sources: ['engineers'], destinationResource: 'app', bidirectional: true }));
    expect(findingsOf(s, 'bidirectional-resource-policy').map((f) => f.refs)).toEqual([
      [
        { type: 'policy', id: 'pol-app' },
        { type: 'resource', id: 'app' },
      ],
    ]);
  });
});
