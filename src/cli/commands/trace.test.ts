import { describe, expect, it } from 'vitest';
import { snapshotBuilder } from '@/domain/testing/snapshot-builder';
import { recordingIo, type RecordingIo } from '../testing-io';
import { run, type FileIo } from './trace';

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

const snapshot = JSON.stringify(
  snapshotBuilder()
    .peer('alice', { groups: ['engineers'] })
    .peer('gw-1', { groups: ['routers'], lanIp: '10.10.0.2' })
    .network('office', { routers: [{ id: 'rt', peerGroups: ['routers'] }], resources: [{ id: 'lan', address: '10.10.0.0/16', groups: ['office'] }] })
    .network('apps', { routers: [{ id: 'rt-apps', peerGroups: ['routers'] }], resources: [{ id: 'app', address: 'app.corp.example', groups: ['apps'] }] })
    .policy('eng-office', { id: 'pol-office', sources: ['engineers'], destinations: ['office', 'apps'] })
    .dns('app.corp.example', ['10.50.0.4'])
    .routingPeerDnsResolution(true)
    .build(),
);

describe('nbrc trace', () => {
  it('prints exactly the JSON contract with --json and exits 0', () => {
    const io = filesIo({ 'acc.json': snapshot });
    expect(run(['acc.json', '--from', 'alice', '--to', 'app.corp.example:443', '--proto', 'tcp', '--json'], io)).toBe(0);
    const out = JSON.parse(io.out) as Record<string, unknown>;
    expect(Object.keys(out)).toEqual(['verdict', 'reason', 'path', 'routing_peer', 'chain', 'policy', 'masquerade', 'source_after_nat', 'dns', 'stages']);
    expect(out).toEqual({
      verdict: 'allowed',
      reason: 'allowed',
      path: { kind: 'network-resource', id: 'app', network_id: 'apps' },
      routing_peer: 'gw-1',
      chain: 'forward',
      policy: 'pol-office',
      masquerade: true,
      source_after_nat: '10.10.0.2',
      dns: { name: 'app.corp.example', answers: ['10.50.0.4'], resolver_peer: 'gw-1', port: 22054 },
      stages: expect.any(Array) as unknown,
    });
    for (const s of out.stages as Record<string, unknown>[]) {
      expect(Object.keys(s)).toEqual(['stage', 'allowed', 'message']);
      expect(typeof s.stage).toBe('string');
      expect(typeof s.allowed).toBe('boolean');
      expect(typeof s.message).toBe('string');
    }
    expect(io.err).toBe('');
  });

  it('exits 0 for a denied packet, with nulls where nothing applies', () => {
    const io = filesIo({ 'acc.json': snapshot });
    expect(run(['acc.json', '--from', 'alice', '--to', '192.168.1.1', '--json'], io)).toBe(0);
    expect(JSON.parse(io.out)).toMatchObject({
      verdict: 'denied',
      reason: 'no-route',
      path: { kind: 'none', id: null, network_id: null },
      routing_peer: null,
      chain: null,
      policy: null,
      masquerade: null,
      source_after_nat: null,
      dns: null,
    });
  });

  it('prints readable text with the fix for a denial', () => {
    const io = filesIo({ 'acc.json': snapshot });
    expect(run(['acc.json', '--from', 'alice', '--to', '10.10.0.2:22'], io)).toBe(0);
    expect(io.out).toContain('DENIED (no-policy)');
    expect(io.out).toContain('chain:         input');
    expect(io.out).toMatch(/fix: .*peer-to-peer policy/);
  });

  it('exits 2 with a message on bad usage or unreadable input', () => {
    const cases: [string[], RegExp][] = [
      [['acc.json', '--to', '10.0.0.1'], /--from and --to are required/],
      [['--from', 'alice', '--to', '10.0.0.1'], /exactly one SNAPSHOT/],
      [['acc.json', '--from', 'alice', '--to', '10.0.0.1', '--proto', 'sctp'], /--proto must be/],
      [['acc.json', '--from', 'alice', '--to', '10.0.0.1', '--bogus'], /bogus/],
      [['missing.json', '--from', 'alice', '--to', '10.0.0.1'], /cannot read snapshot "missing.json"/],
      [['bad.json', '--from', 'alice', '--to', '10.0.0.1'], /not valid JSON/],
      [['other.json', '--from', 'alice', '--to', '10.0.0.1'], /not an nbrc-account\/1 snapshot/],
      [['acc.json', '--from', 'nobody', '--to', '10.0.0.1'], /source "nobody"/],
      [['acc.json', '--from', 'alice', '--to', 'no such thing'], /destination/],
    ];
    for (const [args, message] of cases) {
      const io = filesIo({ 'acc.json': snapshot, 'bad.json': '{', 'other.json': '{"format":"x"}' });
      expect(run(args, io)).toBe(2);
      expect(io.err).toMatch(message);
      expect(io.out).toBe('');
    }
  });
});
