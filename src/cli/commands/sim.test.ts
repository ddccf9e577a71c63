import { describe, expect, it } from 'vitest';
import { demoSnapshot } from '@/control-plane/seeds/demo';
import type { FileIo } from '../file-io';
import { recordingIo, type RecordingIo } from '../testing-io';
import { run } from './sim';

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

const demo = JSON.stringify(demoSnapshot());
const stopPrimary = JSON.stringify({
  duration_s: 600,
  events: [
    { t: 60, peer: 'peer-dc-primary', set: { online: false } },
    { t: 240, peer: 'peer-dc-primary', set: { online: true } },
  ],
});

describe('nbrc sim --json', () => {
  it('prints exactly {"switches":[{t,client,route,from,to,reason}],"resets":N}', () => {
    const io = filesIo({ 'demo.json': demo, 's.json': stopPrimary });
    expect(run(['demo.json', 's.json', '--json'], io)).toBe(0);
    const out = JSON.parse(io.out) as { switches: Record<string, unknown>[]; resets: number };
    expect(Object.keys(out)).toEqual(['switches', 'resets']);
    for (const s of out.switches) expect(Object.keys(s)).toEqual(['t', 'client', 'route', 'from', 'to', 'reason']);
    expect(out.switches[0]).toEqual({
      t: 60,
      client: 'peer-alice-mbp',
      route: 'net-datacenter',
      from: 'peer-dc-primary',
      to: 'peer-dc-standby',
      reason: 'Routing peer changed: current routing peer unavailable',
    });
    expect(out.switches.map((s) => `${String(s.t)} ${String(s.to)}`)).toEqual([
      '60 peer-dc-standby',
      '60 peer-dc-standby',
      '60 peer-dc-standby',
      '240 peer-dc-primary',
      '240 peer-dc-primary',
      '240 peer-dc-primary',
    ]);
    expect(out.resets).toBe(6);
    expect(io.err).toBe('');
  });

  it('runs a built-in scenario with --builtin, the same as its file would', () => {
    const io = filesIo({ 'demo.json': demo });
    expect(run(['demo.json', '--builtin', 'failover', '--json'], io)).toBe(0);
    const viaFile = filesIo({ 'demo.json': demo, 's.json': stopPrimary });
    run(['demo.json', 's.json', '--json'], viaFile);
    expect(io.out).toBe(viaFile.out);
  });

  it('reports null for no routing peer', () => {
    const s = JSON.stringify({ duration_s: 120, events: [{ t: 30, router: 'router-apps-gw', set: { enabled: false } }] });
    const io = filesIo({ 'demo.json': demo, 's.json': s });
    run(['demo.json', 's.json', '--json'], io);
    const out = JSON.parse(io.out) as { switches: { to: unknown; reason: string }[] };
    expect(out.switches.length).toBeGreaterThan(0);
    for (const sw of out.switches) expect(sw).toMatchObject({ to: null, reason: 'No routing peer available' });
  });
});

describe('nbrc sim (text)', () => {
  it('prints one line per switch with names, and the totals', () => {
    const io = filesIo({ 'demo.json': demo });
    expect(run(['demo.json', '--builtin', 'failover'], io)).toBe(0);
    expect(io.out).toContain('Primary/standby failover and failback: Stops dc-router-a (primary of Datacenter) at 1:00 and starts it at 4:00; dc-router-b is the standby.\n');
    expect(io.out).toContain('   1:00  alice-macbook  Datacenter (net-datacenter): dc-router-a → dc-router-b  Routing peer changed: current routing peer unavailable; 1 TCP flow reset\n');
    expect(io.out).toMatch(/6 switches in 10:00, 6 established TCP flows reset\n$/);
  });
});

describe('nbrc sim usage errors (exit 2)', () => {
  const cases: [string, string[], Record<string, string>, RegExp][] = [
    ['no scenario', ['demo.json'], { 'demo.json': demo }, /expected a SNAPSHOT and a SCENARIO file \(or --builtin NAME\)\nUsage: nbrc sim SNAPSHOT/],
    ['a scenario and --builtin', ['demo.json', 's.json', '--builtin', 'failover'], { 'demo.json': demo }, /expected one SNAPSHOT file with --builtin/],
    ['an unknown built-in', ['demo.json', '--builtin', 'meteor'], { 'demo.json': demo }, /unknown built-in scenario "meteor" \(one of failover, latency-drift, relayed, exit-node-down\)/],
    ['invalid scenario JSON', ['demo.json', 's.json'], { 'demo.json': demo, 's.json': '{' }, /scenario "s.json" is not valid JSON/],
    [
      'an invalid scenario',
      ['demo.json', 's.json'],
      { 'demo.json': demo, 's.json': JSON.stringify({ duration_s: 60, events: [{ t: 90, peer: 'peer-dc-primary', set: { online: 'no' } }] }) },
      /scenario "s.json" is invalid:\n {2}- events\[0\]\.t: 90 is after the end of the scenario \(duration_s 60\)\n {2}- events\[0\]\.set\.online: must be true or false/,
    ],
    [
      'a scenario for another account',
      ['demo.json', 's.json'],
      { 'demo.json': demo, 's.json': JSON.stringify({ duration_s: 60, events: [{ t: 9, peer: 'gw-9', set: { online: false } }] }) },
      /scenario "s.json" does not fit the account:\n {2}- events\[0\]\.peer: no peer with id "gw-9" in this account/,
    ],
    ['a missing snapshot', ['nope.json', 's.json'], { 's.json': stopPrimary }, /cannot read snapshot "nope.json": ENOENT/],
  ];
  for (const [what, args, files, message] of cases) {
    it(`refuses ${what}`, () => {
      const io = filesIo(files);
      expect(run(args, io)).toBe(2);
      expect(io.err).toMatch(message);
      expect(io.out).toBe('');
    });
  }

  it('prints the usage with the built-in names on --help', () => {
    const io = filesIo({});
    expect(run(['--help'], io)).toBe(0);
    expect(io.out).toBe('Usage: nbrc sim SNAPSHOT (SCENARIO | --builtin NAME) [--json]\nBuilt-in scenarios: failover, latency-drift, relayed, exit-node-down\n');
  });
});
