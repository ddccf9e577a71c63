import { describe, expect, it } from 'vitest';
import { demoSnapshot } from '@/control-plane/seeds/demo';
import { officeAccount } from '@/domain/testing/office-account';
import type { FileIo } from '../file-io';
import { recordingIo, type RecordingIo } from '../testing-io';
import { run } from './test';

/** filesIo: an in-memory file system over the recording io of the CLI tests. */
function filesIo(files: Record<string, string>): FileIo & RecordingIo {
  return Object.assign(recordingIo(), {
    readFile: (path: string) => {
      const f = files[path];
      if (f === undefined) throw new Error(`ENOENT: no such file or directory, open '${path}'`);
      return f;
    },
  });
}

const account = JSON.stringify(officeAccount());
const passing = [
  { name: 'lan ssh', from: 'alice', to: '10.10.0.5:22', expect: 'allow' },
  { name: 'sales kept out', from: 'bob', to: 'lan', expect: 'deny' },
];
const failing = [...passing, { name: 'gw web', from: 'alice', to: 'gw', port: 443, protocol: 'tcp', expect: 'allow' }];

describe('nbrc test --json', () => {
  it('prints exactly {"results":[{name,passed,expected,actual,reason}]} and exits 0 when every test passes', () => {
    const io = filesIo({ 'acc.json': account, 'tests.json': JSON.stringify(passing) });
    expect(run(['acc.json', 'tests.json', '--json'], io)).toBe(0);
    const out = JSON.parse(io.out) as { results: Record<string, unknown>[] };
    expect(Object.keys(out)).toEqual(['results']);
    for (const r of out.results) expect(Object.keys(r)).toEqual(['name', 'passed', 'expected', 'actual', 'reason']);
    expect(out.results).toEqual([
      { name: 'lan ssh', passed: true, expected: 'allow', actual: 'allow', reason: 'Route ACL: forward chain of gw, tcp/22 to 10.10.0.5: policy "eng-office" (pol-office) accepts it' },
      { name: 'sales kept out', passed: true, expected: 'deny', actual: 'deny', reason: expect.stringMatching(/^Routing: no route the client receives covers 10\.10\.0\.1/) as unknown },
    ]);
    expect(io.err).toBe('');
  });

  it('exits 1 when a test fails, with the reason; accepts {"tests": [...]}', () => {
    const io = filesIo({ 'acc.json': account, 'tests.json': JSON.stringify({ tests: failing }) });
    expect(run(['--json', 'acc.json', 'tests.json'], io)).toBe(1);
    const out = JSON.parse(io.out) as { results: { name: string; passed: boolean; actual: string; reason: string }[] };
    expect(out.results.map((r) => [r.name, r.passed])).toEqual([
      ['lan ssh', true],
      ['sales kept out', true],
      ['gw web', false],
    ]);
    expect(out.results[2]?.reason).toMatch(/^Peer ACL: input chain of gw, tcp\/443: no peer-to-peer policy from alice to gw allows it$/);
  });

  it('runs against real API shapes: the demo account’s input-chain pitfall fails an SSH test', () => {
    const tests = [
      { name: 'office LAN', from: 'alice-macbook', to: '10.10.0.20:22', expect: 'allow' },
      { name: 'ssh to office-gw', from: 'alice-macbook', to: 'office-gw:22', expect: 'allow' },
    ];
    const io = filesIo({ 'demo.json': JSON.stringify(demoSnapshot()), 'tests.json': JSON.stringify(tests) });
    expect(run(['demo.json', 'tests.json', '--json'], io)).toBe(1);
    const out = JSON.parse(io.out) as { results: { passed: boolean; actual: string }[] };
    expect(out.results.map((r) => [r.passed, r.actual])).toEqual([
      [true, 'allow'],
      [false, 'deny'],
    ]);
  });
});

describe('nbrc test (text)', () => {
  it('prints PASS/FAIL per test, the reason under a failure, and a count', () => {
    const io = filesIo({ 'acc.json': account, 'tests.json': JSON.stringify(failing) });
    expect(run(['acc.json', 'tests.json'], io)).toBe(1);
    const lines = io.out.split('\n');
    expect(lines[0]).toBe('PASS  lan ssh: alice → 10.10.0.5:22, expected allow, got allow');
    expect(lines[2]).toBe('FAIL  gw web: alice → gw (tcp port 443), expected allow, got deny');
    expect(lines[3]).toMatch(/^ {6}Peer ACL: input chain of gw/);
    expect(io.out).toMatch(/\n3 tests: 2 passed, 1 failed\n$/);
  });

  it('says so for an empty file', () => {
    const io = filesIo({ 'acc.json': account, 'tests.json': '[]' });
    expect(run(['acc.json', 'tests.json'], io)).toBe(0);
    expect(io.out).toBe('No tests in the file.\n');
  });
});

describe('nbrc test usage errors (exit 2)', () => {
  const cases: [string, string[], Record<string, string>, RegExp][] = [
    ['no files', [], {}, /nbrc test: expected a SNAPSHOT file and a TESTS file\nUsage: nbrc test SNAPSHOT TESTS \[--json\]/],
    ['one file', ['acc.json'], { 'acc.json': account }, /expected a SNAPSHOT file and a TESTS file/],
    ['an unknown option', ['acc.json', 't.json', '--all'], {}, /Unknown option '--all'/],
    ['a missing tests file', ['acc.json', 'missing.json'], { 'acc.json': account }, /cannot read tests file "missing.json": ENOENT/],
    ['invalid JSON', ['acc.json', 't.json'], { 'acc.json': account, 't.json': '[{' }, /tests file "t.json" is not valid JSON/],
    [
      'a bad entry, named',
      ['acc.json', 't.json'],
      { 'acc.json': account, 't.json': JSON.stringify([passing[0], { name: 'typo', from: 'alice', to: 'gw', expected: 'allow' }]) },
      /tests file "t.json" is invalid:\ntests\[1\] "typo": unknown field "expected" \(fields: name, from, to, port, protocol, expect\); expect must be "allow" or "deny"/,
    ],
    ['a missing snapshot', ['gone.json', 't.json'], { 't.json': '[]' }, /cannot read snapshot "gone.json": ENOENT/],
  ];
  for (const [what, args, files, message] of cases) {
    it(`refuses ${what}`, () => {
      const io = filesIo(files);
      expect(run(args, io)).toBe(2);
      expect(io.err).toMatch(message);
      expect(io.out).toBe('');
    });
  }

  it('prints the usage with --help', () => {
    const io = filesIo({});
    expect(run(['--help'], io)).toBe(0);
    expect(io.out).toBe(TEST_USAGE_TEXT);
  });
});

const TEST_USAGE_TEXT = 'Usage: nbrc test SNAPSHOT TESTS [--json]\n';
