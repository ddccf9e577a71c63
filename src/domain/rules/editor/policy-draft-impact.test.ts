import { describe, expect, it } from 'vitest';
import { build, cleanAccount, patchPolicy } from '../lint/testing/lint-fixtures';
import { policyDraftImpact } from './policy-draft-impact';

const rule = {
  name: 'SSH',
  description: '',
  enabled: true,
  action: 'accept' as const,
  bidirectional: false,
  protocol: 'tcp' as const,
  ports: ['22'],
  port_ranges: null,
  sources: ['engineers'],
  destinations: ['office-routers'],
  sourceResource: null,
  destinationResource: null,
};

describe('policyDraftImpact', () => {
  it('reports the input-chain finding a new peer-to-peer policy resolves', () => {
    const s = build(cleanAccount(), patchPolicy('pol-office-ssh', { enabled: false }));
    const impact = policyDraftImpact(s, null, { name: 'SSH to routers', description: '', enabled: true, source_posture_checks: [], rules: [rule] });
    expect(impact.introduced).toEqual([]);
    expect(impact.resolved.map((f) => f.code)).toEqual(['routing-peer-lan-ip-needs-input-policy', 'routing-peer-lan-ip-needs-input-policy']);
  });

  it('reports a bidirectional flag on a resource rule the draft would add', () => {
    const s = build(cleanAccount());
    const impact = policyDraftImpact(s, null, {
      name: 'Both ways',
      description: '',
      enabled: true,
      source_posture_checks: [],
      rules: [{ ...rule, bidirectional: true, destinations: ['office'] }],
    });
    expect(impact.introduced.map((f) => f.code)).toEqual(['bidirectional-resource-policy']);
  });
});
