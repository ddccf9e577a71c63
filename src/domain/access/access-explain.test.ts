import { describe, expect, it } from 'vitest';
import { buildAccountIndex } from '@/domain/account';
import { snapshotBuilder } from '@/domain/testing/snapshot-builder';
import { tracePacket } from '@/domain/trace/trace-packet';
import { explainPair } from './access-explain';
import { accessMatrix, type AccessMatrixRow } from './access-matrix';
import { matrixAccount } from './testing/matrix-account';

describe('explainPair', () => {
  const index = buildAccountIndex(matrixAccount());
  const rows = accessMatrix(index, { peerSources: ['alice', 'bob'] }).rows;
  const row = (source: string, dest: string) => {
    const r = rows.find((x) => x.source.id === source && x.destination.id === dest);
    if (r === undefined) throw new Error(`no row ${source} -> ${dest}`);
    return r;
  };

  it('traces a group from one of its members, with the first port of the grant', () => {
    expect(explainPair(index, row('engineers', 'app'))).toEqual({ ok: true, value: { from: 'alice', to: 'app', protocol: 'tcp', port: 443 } });
    expect(explainPair(index, row('sales', 'exit'))).toEqual({ ok: true, value: { from: 'bob', to: 'exit', protocol: 'icmp', port: null } });
  });

  it('traces a route to the first host it covers, and an exit node to an internet address', () => {
    expect(explainPair(index, row('engineers', 'route-dc'))).toEqual({ ok: true, value: { from: 'alice', to: '172.20.0.1', protocol: 'all', port: null } });
    expect(explainPair(index, row('bob', 'route-exit'))).toEqual({ ok: true, value: { from: 'bob', to: '1.1.1.1', protocol: 'all', port: null } });
  });

  it('traces NetBird SSH as TCP 22, and never from the destination peer itself', () => {
    const s = snapshotBuilder()
      .peer('a', { groups: ['admins'] })
      .peer('b', { groups: ['admins'] })
      .policy('ssh', { id: 'pol-ssh', sources: ['admins'], destinations: ['admins'], protocol: 'netbird-ssh' })
      .build();
    const i = buildAccountIndex(s);
    const toA = accessMatrix(i).rows.find((r) => r.destination.id === 'a') as AccessMatrixRow;
    expect(explainPair(i, toA)).toEqual({ ok: true, value: { from: 'b', to: 'a', protocol: 'tcp', port: 22 } });
  });

  it('traces a wildcard resource to a name the lab resolves under it, else by its id', () => {
    const b = () =>
      snapshotBuilder()
        .peer('a', { groups: ['eng'] })
        .peer('gw', { groups: ['routers'] })
        .network('web', { routers: [{ id: 'rt', peerGroups: ['routers'] }], resources: [{ id: 'sites', address: '*.internal.example', groups: ['sites'] }] })
        .policy('eng-sites', { sources: ['eng'], destinations: ['sites'], protocol: 'tcp', ports: ['443'] })
        .routingPeerDnsResolution(true);
    const resolved = buildAccountIndex(b().dns('zz.internal.example', ['10.1.0.9']).dns('wiki.internal.example', ['10.1.0.8']).dns('internal.example', ['10.1.0.1']).build());
    const rowOf = (i: typeof resolved) => accessMatrix(i).rows.find((r) => r.destination.id === 'sites') as AccessMatrixRow;
    expect(explainPair(resolved, rowOf(resolved))).toEqual({ ok: true, value: { from: 'a', to: 'wiki.internal.example', protocol: 'tcp', port: 443 } });
    const bare = buildAccountIndex(b().build());
    expect(explainPair(bare, rowOf(bare))).toMatchObject({ ok: true, value: { to: 'sites' } });
  });

  it('says why a group without peers cannot be traced', () => {
    const r = row('engineers', 'app');
    const empty = explainPair(index, { ...r, source: { type: 'group', id: 'auditors', name: 'auditors' } });
    expect(empty).toEqual({ ok: false, error: 'group "auditors" has no peer to trace from' });
  });

  it('gives a trace that allows every entry of the matrix', () => {
    expect(rows.length).toBeGreaterThan(8);
    for (const r of rows) {
      const pair = explainPair(index, r);
      if (!pair.ok) throw new Error(pair.error);
      const trace = tracePacket(index, { from: pair.value.from, to: pair.value.to, protocol: pair.value.protocol, port: pair.value.port });
      expect(trace.ok && trace.value.verdict, `${r.key}`).toBe('allowed');
    }
  });
});
