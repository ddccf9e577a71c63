import { describe, expect, it } from 'vitest';
import { recordingIo } from '../testing-io';
import { snapshotBuilder } from '@/domain/testing/snapshot-builder';
import { run } from './access';

/** filesIo: recorded output plus an in-memory file system. */
const filesIo = (files: Record<string, string>) =>
  Object.assign(recordingIo(), {
    readFile: (path: string) => {
      const f = files[path];
      if (f === undefined) throw new Error(`ENOENT: no such file or directory, open '${path}'`);
      return f;
    },
  });

const snapshot = JSON.stringify(
  snapshotBuilder()
    .peer('alice', { groups: ['engineers'] })
    .peer('gw-1', { groups: ['routers'] })
    .network('office', { routers: [{ id: 'rt', peerGroups: ['routers'] }], resources: [{ id: 'lan', name: 'Office LAN', address: '10.10.0.0/16', groups: ['office'] }] })
    .route('dc', { id: 'route-dc', network: '172.20.0.0/16', peerGroups: ['routers'], groups: ['engineers'] })
    .policy('eng-office', { id: 'pol-office', sources: ['engineers'], destinations: ['office'] })
    .policy('eng-ssh', { id: 'pol-ssh', sources: ['engineers'], destinations: ['routers'], protocol: 'tcp', ports: ['22'] })
    .build(),
);

describe('nbrc access', () => {
  it('prints {"access":[...]} with exactly the contract keys and types', () => {
    const io = filesIo({ 'acc.json': snapshot });
    expect(run(['acc.json', '--json'], io)).toBe(0);
    const out = JSON.parse(io.out) as { access: Record<string, unknown>[] };
    expect(Object.keys(out)).toEqual(['access']);
    expect(out.access).toEqual([
      { source: { type: 'group', id: 'engineers' }, destination: { type: 'resource', id: 'lan' }, protocol: 'all', ports: [], chain: 'forward', policy: 'pol-office' },
      { source: { type: 'group', id: 'engineers' }, destination: { type: 'peer', id: 'gw-1' }, protocol: 'tcp', ports: ['22'], chain: 'input', policy: 'pol-ssh' },
      { source: { type: 'group', id: 'engineers' }, destination: { type: 'route', id: 'route-dc' }, protocol: 'all', ports: [], chain: 'forward', policy: null },
    ]);
    for (const e of out.access) expect(Object.keys(e)).toEqual(['source', 'destination', 'protocol', 'ports', 'chain', 'policy']);
  });

  it('narrows with --from a peer or a group, and prints text without --json', () => {
    const io = filesIo({ 'acc.json': snapshot });
    expect(run(['acc.json', '--from', 'alice'], io)).toBe(0);
    expect(io.out).toContain('peer alice → resource Office LAN (lan): all, forward chain, policy pol-office');
    expect(io.out).toContain('no ACL groups (default allow)');
    const io2 = filesIo({ 'acc.json': snapshot });
    expect(run(['acc.json', '--from', 'routers', '--json'], io2)).toBe(0);
    expect(JSON.parse(io2.out)).toEqual({ access: [] });
  });

  it('exits 2 for an unknown source, a missing file or bad usage', () => {
    for (const args of [['acc.json', '--from', 'nobody'], ['missing.json'], [], ['acc.json', 'extra.json'], ['acc.json', '--to', 'x']]) {
      const io = filesIo({ 'acc.json': snapshot });
      expect(run(args, io)).toBe(2);
      expect(io.err).not.toBe('');
    }
  });
});
