import { describe, expect, it } from 'vitest';
import { buildAccountIndex } from '@/domain/account';
import { officeAccount } from '@/domain/testing/office-account';
import { resultJson, runTests } from './run-tests';

describe('runTests', () => {
  const index = buildAccountIndex(officeAccount());

  it('passes when the trace verdict is the expected one, with the deciding chain and policy as the reason', () => {
    const [r] = runTests(index, [{ name: 'lan ssh', from: 'alice', to: '10.10.0.5:22', expect: 'allow' }]);
    expect(r && resultJson(r)).toEqual({
      name: 'lan ssh',
      passed: true,
      expected: 'allow',
      actual: 'allow',
      reason: 'Route ACL: forward chain of gw, tcp/22 to 10.10.0.5: policy "eng-office" (pol-office) accepts it',
    });
    expect(r?.trace?.policy).toBe('pol-office');
  });

  it('fails when the verdict differs, with why the packet was denied', () => {
    const results = runTests(index, [
      { name: 'lan web udp', from: 'alice', to: '10.10.0.5', port: 443, protocol: 'udp', expect: 'allow' },
      { name: 'sales kept out', from: 'bob', to: 'lan', expect: 'deny' },
      { name: 'gw ssh by IP', from: '100.64.0.10', to: 'gw', port: 22, expect: 'allow' },
      { name: 'gw web', from: 'alice', to: 'gw:443', expect: 'allow' },
    ]);
    expect(results.map((r) => [r.name, r.passed, r.actual])).toEqual([
      ['lan web udp', false, 'deny'],
      ['sales kept out', true, 'deny'],
      ['gw ssh by IP', true, 'allow'],
      ['gw web', false, 'deny'],
    ]);
    expect(results[0]?.reason).toMatch(/^Route ACL: .*udp\/443/);
    expect(results[3]?.reason).toMatch(/^Peer ACL: input chain of gw.*no peer-to-peer policy from alice to gw allows it$/);
  });

  it('fails a test the trace cannot run, with the trace’s message (e.g. its peer was deleted)', () => {
    const [r] = runTests(index, [{ name: 'ghost', from: 'carol', to: 'gw', expect: 'deny' }]);
    expect(r && resultJson(r)).toEqual({ name: 'ghost', passed: false, expected: 'deny', actual: 'error', reason: 'source "carol" is not a peer id, name or overlay IP of this account' });
  });
});
