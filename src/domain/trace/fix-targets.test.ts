import { describe, expect, it } from 'vitest';
import { buildAccountIndex } from '@/domain/account';
import { snapshotBuilder } from '@/domain/testing/snapshot-builder';
import { fixTargets } from './fix-targets';
import { tracePacket, type TraceQuery } from './trace-packet';

const snapshot = () =>
  snapshotBuilder()
    .peer('alice', { groups: ['engineers'] })
    .peer('db', { groups: ['servers'], online: false })
    .peer('gw', { groups: ['routers'], lanIp: '10.10.0.2' })
    .peer('exit', { groups: ['exit-nodes'] })
    .network('office', { routers: [{ peerGroups: ['routers'] }], resources: [{ id: 'lan', address: '10.10.0.0/16', groups: ['office'] }] })
    .network('dc', { routers: [{ peer: 'db' }], resources: [{ id: 'dc-range', address: '172.16.0.0/16', groups: ['dc'] }] })
    .exitNode('exit', { id: 'route-exit', peerGroups: ['exit-nodes'], groups: ['engineers'] })
    .policy('office', { id: 'pol-office', sources: ['engineers'], destinations: ['office'], protocol: 'tcp', ports: ['443'] })
    .policy('dc', { sources: ['engineers'], destinations: ['dc'] })
    .policy('db', { sources: ['engineers'], destinations: ['servers'] })
    .policy('no-office-ssh', { id: 'pol-drop', sources: ['engineers'], destinations: ['office'], protocol: 'tcp', ports: ['22'], action: 'drop' })
    .build();

function targetsOf(query: TraceQuery) {
  const index = buildAccountIndex(snapshot());
  const r = tracePacket(index, query);
  if (!r.ok) throw new Error(r.error);
  return fixTargets(index, r.value);
}

describe('fixTargets', () => {
  it('points each denial at the object to change or the area to add one in', () => {
    expect(targetsOf({ from: 'alice', to: '10.10.9.9:443' })).toEqual([]);
    expect(targetsOf({ from: 'alice', to: '10.10.9.9:80' })).toEqual([{ kind: 'area', area: 'policies' }, { kind: 'object', ref: { type: 'resource', id: 'lan', network_id: 'office' } }]);
    expect(targetsOf({ from: 'alice', to: '10.10.0.2:443' })).toEqual([{ kind: 'area', area: 'policies' }, { kind: 'object', ref: { type: 'peer', id: 'gw' } }]);
    expect(targetsOf({ from: 'alice', to: '10.10.9.9:22' })).toEqual([{ kind: 'object', ref: { type: 'policy', id: 'pol-drop' } }]);
    expect(targetsOf({ from: 'alice', to: '1.1.1.1', protocol: 'icmp' })).toEqual([{ kind: 'area', area: 'policies' }, { kind: 'object', ref: { type: 'exit-node', id: 'route-exit' } }]);
    expect(targetsOf({ from: 'alice', to: '172.16.1.1' })).toEqual([{ kind: 'object', ref: { type: 'network', id: 'dc' } }]);
    expect(targetsOf({ from: 'alice', to: 'db' })).toEqual([{ kind: 'object', ref: { type: 'peer', id: 'db' } }]);
    expect(targetsOf({ from: 'alice', to: 'nowhere.example' })).toEqual([{ kind: 'area', area: 'dns' }]);
    expect(targetsOf({ from: 'alice', to: '2001:db8::1' })).toEqual([{ kind: 'area', area: 'networks' }, { kind: 'object', ref: { type: 'exit-node', id: 'route-exit' } }]);
  });
});
