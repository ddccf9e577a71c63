import { describe, expect, it } from 'vitest';
import { policyRequestSchema } from '@/api/schemas';
import { demoSnapshot } from '@/control-plane/seeds/demo';
import { lintAccount } from '@/domain/rules/lint';
import { build, cleanAccount, patchRoute, patchRule } from '@/domain/rules/lint/testing/lint-fixtures';
import type { FileIo } from '../file-io';
import { recordingIo, type RecordingIo } from '../testing-io';
import { run } from './lint';

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

const clean = JSON.stringify(build(cleanAccount()));
/** Warnings only: a legacy route without ACL groups. */
const risky = JSON.stringify(build(cleanAccount().route('lab', { id: 'lab-route', network: '192.168.60.0/24', peer: 'branch-gw', groups: ['contractors'] })));
/** An error: the exit node's masquerade is off. */
const broken = JSON.stringify(build(cleanAccount(), patchRoute('exit-route', { masquerade: false })));

describe('nbrc lint --json', () => {
  it('prints exactly {"findings":[{code,severity,message,refs:[{type,id}]}]} and exits 1 on an error', () => {
    const io = filesIo({ 'acc.json': broken });
    expect(run(['acc.json', '--json'], io)).toBe(1);
    const out = JSON.parse(io.out) as { findings: Record<string, unknown>[] };
    expect(Object.keys(out)).toEqual(['findings']);
    expect(out.findings).toHaveLength(1);
    for (const f of out.findings) {
      expect(Object.keys(f)).toEqual(['code', 'severity', 'message', 'refs']);
      for (const r of f.refs as Record<string, unknown>[]) expect(Object.keys(r)).toEqual(['type', 'id']);
    }
    expect(out.findings[0]).toEqual({
      code: 'exit-node-masquerade-off',
      severity: 'error',
      message: expect.stringContaining('Masquerade is off on exit node "eu-exit" (0.0.0.0/0) via exit-1') as unknown,
      refs: [{ type: 'route', id: 'exit-route' }],
    });
    expect(io.err).toBe('');
  });

  it('exits 0 with warnings only, and prints an empty list for a clean account', () => {
    const io = filesIo({ 'risky.json': risky, 'clean.json': clean });
    expect(run(['risky.json', '--json'], io)).toBe(0);
    expect((JSON.parse(io.out) as { findings: { code: string }[] }).findings.map((f) => f.code)).toEqual(['route-without-acl-groups']);
    const io2 = filesIo({ 'clean.json': clean });
    expect(run(['--json', 'clean.json'], io2)).toBe(0);
    expect(JSON.parse(io2.out)).toEqual({ findings: [] });
  });

  it('lists findings errors first', () => {
    const io = filesIo({ 'demo.json': JSON.stringify(demoSnapshot()) });
    expect(run(['demo.json', '--json'], io)).toBe(1);
    const severities = (JSON.parse(io.out) as { findings: { severity: string }[] }).findings.map((f) => f.severity);
    expect(severities).toEqual([...severities].sort((a, b) => ['error', 'warning', 'info'].indexOf(a) - ['error', 'warning', 'info'].indexOf(b)));
  });
});

describe('nbrc lint (text)', () => {
  it('prints each finding with its objects by name, its fix, and a count', () => {
    const io = filesIo({ 'acc.json': broken });
    expect(run(['acc.json'], io)).toBe(1);
    expect(io.out).toContain('ERROR   exit-node-masquerade-off\n  Masquerade is off on exit node "eu-exit"');
    expect(io.out).toContain('  objects: route eu-exit (exit-route)\n  fix: Turn masquerade on\n');
    expect(io.out).toMatch(/1 finding: 1 error, 0 warnings, 0 info\n$/);
  });

  it('says so when there is nothing to report', () => {
    const io = filesIo({ 'clean.json': clean });
    expect(run(['clean.json'], io)).toBe(0);
    expect(io.out).toBe('No findings: the account follows the routing-peer rules.\n');
  });
});

describe('nbrc lint usage errors (exit 2)', () => {
  const cases: [string, string[], Record<string, string>, RegExp][] = [
    ['no snapshot', [], {}, /nbrc lint: expected exactly one SNAPSHOT file\nUsage: nbrc lint SNAPSHOT \[--json\]/],
    ['two snapshots', ['a.json', 'b.json'], {}, /expected exactly one SNAPSHOT file/],
    ['an unknown option', ['acc.json', '--fix'], { 'acc.json': clean }, /Unknown option '--fix'/],
    ['a missing file', ['missing.json'], {}, /cannot read snapshot "missing.json": ENOENT/],
    ['invalid JSON', ['bad.json'], { 'bad.json': '{"format":' }, /snapshot "bad.json" is not valid JSON/],
    ['not a snapshot', ['other.json'], { 'other.json': '{"format":"something-else"}' }, /snapshot "other.json" is not an nbrc-account\/1 snapshot: format/],
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
    expect(io.out).toBe('Usage: nbrc lint SNAPSHOT [--json]\n');
  });
});

describe('the linter on real API shapes', () => {
  it('raises the pitfalls the demo account was built with', () => {
    const codes = new Set(lintAccount(demoSnapshot()).map((f) => f.code));
    for (const code of [
      'route-without-acl-groups',
      'domain-and-ip-resources-mixed',
      'domain-resource-leak',
      'exit-node-missing-icmp-policy',
      'exit-node-dns-leak',
      'routing-peer-lan-ip-needs-input-policy',
      'dns-forwarder-port-mixed-versions',
    ] as const) {
      expect(codes.has(code), code).toBe(true);
    }
    // well-built parts of the demo stay quiet: distinct failure domains, setup-key routing peers, Routing Peer DNS on
    for (const code of ['ha-same-failure-domain', 'routing-peer-login-expiration', 'wildcard-domain-needs-routing-peer-dns', 'network-without-routing-peer'] as const) {
      expect(codes.has(code), code).toBe(false);
    }
  });

  it('offers a create-policy fix that NetBird accepts as a policy request', () => {
    const s = build(cleanAccount(), patchRule('pol-exit', { protocol: 'tcp', ports: ['443'] }));
    const fix = lintAccount(s).find((f) => f.code === 'exit-node-missing-icmp-policy')?.fix;
    expect(fix?.kind).toBe('create-policy');
    if (fix?.kind !== 'create-policy') return;
    expect(policyRequestSchema.safeParse(fix.policy).success).toBe(true);
  });
});
