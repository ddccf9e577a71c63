import { describe, expect, it } from 'vitest';
import { withRouteGroups, withSourceGroups } from './bulk-groups';
import type { PolicyRequestDraft, PolicyRuleRequestDraft } from './policy';
import type { RouteDraftValues } from './route';

const rule = (over: Partial<PolicyRuleRequestDraft>): PolicyRuleRequestDraft => ({
  name: 'r',
  description: '',
  enabled: true,
  action: 'accept',
  bidirectional: false,
  protocol: 'tcp',
  ports: ['443'],
  port_ranges: null,
  sources: ['g-dev'],
  destinations: [],
  sourceResource: null,
  destinationResource: { id: 'res-1', type: 'host' },
  ...over,
});

const policy = (rules: PolicyRuleRequestDraft[]): PolicyRequestDraft => ({ name: 'p', description: '', enabled: true, source_posture_checks: [], rules });

describe('withSourceGroups', () => {
  it('adds the groups to every rule with group sources, without duplicates', () => {
    const out = withSourceGroups(policy([rule({}), rule({ sources: ['g-ops', 'g-dev'] })]), ['g-dev', 'g-qa']);
    expect(out.rules.map((r) => r.sources)).toEqual([
      ['g-dev', 'g-qa'],
      ['g-ops', 'g-dev', 'g-qa'],
    ]);
  });

  it('leaves a rule whose source is a resource alone', () => {
    const out = withSourceGroups(policy([rule({ sources: [], sourceResource: { id: 'res-9', type: 'subnet' } })]), ['g-qa']);
    expect(out.rules[0]?.sources).toEqual([]);
    expect(out.rules[0]?.sourceResource).toEqual({ id: 'res-9', type: 'subnet' });
  });
});

describe('withRouteGroups', () => {
  const route: RouteDraftValues = { network_id: 'lan', description: '', enabled: true, metric: 100, masquerade: true, groups: ['g-all'], keep_route: false, access_control_groups: [], network: '10.0.0.0/24', peer: 'p1' };

  it('adds ACL groups and keeps the distribution groups', () => {
    const out = withRouteGroups(route, 'access_control_groups', ['g-dev']);
    expect(out.access_control_groups).toEqual(['g-dev']);
    expect(out.groups).toEqual(['g-all']);
  });

  it('adds distribution groups once', () => {
    expect(withRouteGroups(route, 'groups', ['g-all', 'g-ops']).groups).toEqual(['g-all', 'g-ops']);
  });
});
