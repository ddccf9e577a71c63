import { describe, expect, it } from 'vitest';
import { exportTestsJson, parseStoredTests, serializeTests, testsKeyFor, writeTests } from './tests-storage';

const test = { name: 'ssh', from: 'alice', to: 'gw:22', expect: 'allow' as const };

describe('tests-storage', () => {
  it('keys tests per API target, never by token', () => {
    expect(testsKeyFor({ kind: 'embedded' })).toBe('nbrc.reachability-tests.v1@embedded');
    expect(testsKeyFor({ kind: 'remote', url: 'https://api.netbird.io', token: 'secret', remember: true })).toBe('nbrc.reachability-tests.v1@https://api.netbird.io');
  });

  it('round-trips the versioned envelope; nothing stored is no tests', () => {
    expect(serializeTests([test])).toBe('{"version":1,"tests":[{"name":"ssh","from":"alice","to":"gw:22","expect":"allow"}]}');
    expect(parseStoredTests(serializeTests([test]))).toEqual({ kind: 'ok', tests: [test] });
    expect(parseStoredTests(null)).toEqual({ kind: 'ok', tests: [] });
  });

  it('reports unreadable content with its raw text instead of dropping it', () => {
    expect(parseStoredTests('{oops')).toMatchObject({ kind: 'corrupt', raw: '{oops', error: expect.stringMatching(/^not valid JSON/) as unknown });
    expect(parseStoredTests('[]')).toEqual({ kind: 'corrupt', error: 'expected {"version": 1, "tests": [...]}', raw: '[]' });
    expect(parseStoredTests('{"version":2,"tests":[]}')).toEqual({ kind: 'corrupt', error: 'saved as version 2; this console reads version 1', raw: '{"version":2,"tests":[]}' });
    expect(parseStoredTests('{"version":1,"tests":[{"name":"x"}]}')).toMatchObject({ kind: 'corrupt', error: expect.stringMatching(/^tests\[0\] "x": from/) as unknown });
  });

  it('says when the browser refuses to store', () => {
    const full = { getItem: () => null, removeItem: () => undefined, setItem: () => { throw new Error('QuotaExceededError'); } };
    expect(writeTests(full, 'k', [test])).toBe('the browser refused to store the tests: QuotaExceededError');
    expect(writeTests(undefined, 'k', [test])).toMatch(/no local storage/);
    const kept = new Map<string, string>();
    expect(writeTests({ getItem: (k) => kept.get(k) ?? null, setItem: (k, v) => void kept.set(k, v), removeItem: () => undefined }, 'k', [test])).toBeNull();
    expect(parseStoredTests(kept.get('k') ?? null)).toEqual({ kind: 'ok', tests: [test] });
  });

  it('exports the plain array that nbrc test reads', () => {
    expect(JSON.parse(exportTestsJson([test]))).toEqual([test]);
  });
});
