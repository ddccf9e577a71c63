import { describe, expect, it } from 'vitest';
import { build, cleanAccount } from '../lint/testing/lint-fixtures';
import { policyDeletionImpact } from './policy-deletion';

describe('policyDeletionImpact', () => {
  const s = build(cleanAccount());

  it('names the resource nobody can reach once its only policy is gone', () => {
    const [f, ...rest] = policyDeletionImpact(s, ['pol-office']);
    expect(rest).toEqual([]);
    expect(f?.code).toBe('resource-without-policy');
    expect(f?.message).toContain('Resource "Office LAN" (10.10.0.0/16)');
  });

  it('names the exit node left without its ICMP policy', () => {
    expect(policyDeletionImpact(s, ['pol-exit']).map((f) => f.code)).toContain('exit-node-missing-icmp-policy');
  });

  it('is empty for a policy whose loss changes nothing the linter sees', () => {
    expect(policyDeletionImpact(s, [])).toEqual([]);
  });
});
