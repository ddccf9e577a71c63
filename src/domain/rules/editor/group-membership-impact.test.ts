import { describe, expect, it } from 'vitest';
import { build, cleanAccount } from '../lint/testing/lint-fixtures';
import { findingsDiff, groupMembershipImpact } from './group-membership-impact';

const s = build(cleanAccount());

describe('groupMembershipImpact', () => {
  it('reports a network left without routing peers when its routing peer group is emptied', () => {
    const impact = groupMembershipImpact(s, 'office-routers', { name: 'office-routers', peers: [], resources: [] });
    expect(impact.introduced.map((f) => f.code)).toContain('network-without-routing-peer');
    expect(impact.resolved).toEqual([]);
  });

  it('reports nothing for a change that keeps the account as it is', () => {
    expect(groupMembershipImpact(s, 'office-routers', { name: 'office-routers', peers: ['gw-1', 'gw-2'], resources: [] })).toEqual({ introduced: [], resolved: [] });
  });
});

describe('findingsDiff', () => {
  it('matches findings by code and message', () => {
    const a = { code: 'policy-empty-group' as const, severity: 'info' as const, message: 'a', refs: [] };
    const b = { ...a, message: 'b' };
    expect(findingsDiff([a], [b])).toEqual({ introduced: [b], resolved: [a] });
  });
});
