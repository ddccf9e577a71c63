import { describe, expect, it } from 'vitest';
import { applyNameserverGroupDraft } from '@/domain/draft/nameserver';
import { build, cleanAccount, patchRoute, patchRule, withoutNameservers } from '../lint/testing/lint-fixtures';
import { exitNodeChecks } from './exit-node-checks';
import { matchAllNameserverGroup } from './exit-node-dns';

const failing = (checks: ReturnType<typeof exitNodeChecks>) => checks.filter((c) => c.finding !== null).map((c) => c.code);

describe('exitNodeChecks', () => {
  it('passes all three checks on a well-built exit node, in the docs order', () => {
    const checks = exitNodeChecks(build(cleanAccount()), 'exit-route');
    expect(checks.map((c) => c.code)).toEqual(['exit-node-missing-icmp-policy', 'exit-node-dns-leak', 'exit-node-masquerade-off']);
    expect(failing(checks)).toEqual([]);
  });

  it('fails the ICMP check with the linter message and its create-policy fix', () => {
    const checks = exitNodeChecks(build(cleanAccount(), patchRule('pol-exit', { protocol: 'tcp', ports: ['443'] })), 'exit-route');
    const icmp = checks[0]?.finding;
    expect(icmp?.message).toMatch(/^No enabled policy allows ICMP/);
    expect(icmp?.fix?.kind).toBe('create-policy');
  });

  it('fails the DNS check without a primary nameserver group, and passes once a match-all group is distributed to them', () => {
    const leaking = build(cleanAccount(), withoutNameservers);
    expect(failing(exitNodeChecks(leaking, 'exit-route'))).toEqual(['exit-node-dns-leak']);
    const fixed = applyNameserverGroupDraft(leaking, matchAllNameserverGroup('Exit DNS', ['travelers']));
    expect(failing(exitNodeChecks(fixed, 'exit-route'))).toEqual([]);
  });

  it('fails the masquerade check with the set-route-masquerade fix', () => {
    const checks = exitNodeChecks(build(cleanAccount(), patchRoute('exit-route', { masquerade: false })), 'exit-route');
    expect(checks[2]?.finding?.fix).toEqual({ kind: 'set-route-masquerade', routeId: 'exit-route', value: true });
  });

  it('checks a disabled exit node as if it were on', () => {
    const s = build(cleanAccount(), withoutNameservers, patchRoute('exit-route', { enabled: false }));
    expect(failing(exitNodeChecks(s, 'exit-route'))).toEqual(['exit-node-dns-leak']);
  });
});
