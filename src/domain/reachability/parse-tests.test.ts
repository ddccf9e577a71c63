import { describe, expect, it } from 'vitest';
import { parseReachabilityTests } from './parse-tests';
import { validateReachabilityTest } from './reachability-test';

const ssh = { name: 'ssh to gw', from: 'alice', to: 'gw:22', expect: 'allow' };

describe('parseReachabilityTests', () => {
  it('accepts a JSON array and {"tests": [...]}, normalized the same way', () => {
    const tests = [ssh, { name: ' web ', from: ' alice ', to: '10.10.0.5', port: 443, protocol: 'tcp', expect: 'deny' }];
    const a = parseReachabilityTests(tests);
    const b = parseReachabilityTests({ tests });
    expect(a).toEqual({
      ok: true,
      value: [
        { name: 'ssh to gw', from: 'alice', to: 'gw:22', expect: 'allow' },
        { name: 'web', from: 'alice', to: '10.10.0.5', port: 443, protocol: 'tcp', expect: 'deny' },
      ],
    });
    expect(b).toEqual(a);
    expect(parseReachabilityTests([])).toEqual({ ok: true, value: [] });
  });

  it('refuses other shapes', () => {
    expect(parseReachabilityTests({ ssh })).toEqual({ ok: false, error: 'expected a JSON array of tests, or {"tests": [...]}' });
    expect(parseReachabilityTests('tests')).toMatchObject({ ok: false });
    expect(parseReachabilityTests({ tests: [], version: 1 })).toEqual({ ok: false, error: 'unknown top-level field "version": expected a JSON array of tests, or {"tests": [...]}' });
  });

  it('names each bad entry by position and name, with every problem of it', () => {
    const r = parseReachabilityTests([ssh, { name: 'bad port', from: 'alice', to: 'gw', port: 70000, expected: 'allow' }, 'x', { from: '', to: 'gw', protocol: 'sctp', expect: 'allow' }]);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.split('\n')).toEqual([
      'tests[1] "bad port": unknown field "expected" (fields: name, from, to, port, protocol, expect); port 70000 is out of range 1-65535; expect must be "allow" or "deny"',
      'tests[2]: expected an object {name, from, to, port?, protocol?, expect}',
      'tests[3]: name must be text; from (the source peer) is required; protocol must be one of tcp, udp, icmp, all',
    ]);
  });

  it('refuses duplicate names (results and the console name a test by it)', () => {
    expect(parseReachabilityTests([ssh, { ...ssh, name: 'ssh to gw ' }])).toEqual({ ok: false, error: 'test names must be unique: "ssh to gw" used more than once' });
  });

  it('reports at most ten problems', () => {
    const r = parseReachabilityTests(Array.from({ length: 12 }, () => 1));
    expect(r.ok ? [] : r.error.split('\n')).toHaveLength(11);
  });
});

describe('validateReachabilityTest', () => {
  it('keeps ports to tcp and udp', () => {
    expect(validateReachabilityTest({ ...ssh, port: 22, protocol: 'icmp' })).toEqual([{ field: 'port', message: 'a port applies to tcp and udp only, not to icmp' }]);
    expect(validateReachabilityTest({ ...ssh, port: 53, protocol: 'udp' })).toEqual([]);
    expect(validateReachabilityTest({ ...ssh, port: 2.5 })).toEqual([{ field: 'port', message: 'port 2.5 is not a whole number' }]);
    expect(validateReachabilityTest({ ...ssh, port: '22' })).toEqual([{ field: 'port', message: 'port must be a number' }]);
  });
});
