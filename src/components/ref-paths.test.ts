import { describe, expect, it } from 'vitest';
import { buildAccountIndex } from '@/domain/account';
import { snapshotBuilder } from '@/domain/testing/snapshot-builder';
import { fixLink, refName, refPath } from './ref-paths';

const index = () =>
  buildAccountIndex(
    snapshotBuilder()
      .peer('office-gw', { id: 'peer-gw', groups: ['routers'] })
      .network('net-office', { name: 'Office', routers: [{ id: 'rt-1', peer: 'peer-gw' }, { id: 'rt-2', peerGroups: ['routers'] }], resources: [{ id: 'res-lan', name: 'Office LAN', address: '10.10.0.0/16' }] })
      .exitNode('exit-eu', { id: 'route-exit', peer: 'peer-gw', groups: ['routers'] })
      .policy('Engineers to Office', { id: 'pol-office', sources: ['routers'], destinations: ['routers'] })
      .build(),
  );

describe('ref paths and names', () => {
  it('links each kind of object to its page', () => {
    expect(refPath({ type: 'resource', id: 'res lan', network_id: 'net-office' })).toBe('/networks/net-office/resources/res%20lan');
    expect(refPath({ type: 'router', id: 'rt-1', network_id: 'net-office' })).toBe('/networks/net-office/routers/rt-1');
    expect(refPath({ type: 'exit-node', id: 'route-exit' })).toBe('/exit-nodes/route-exit');
    expect(refPath({ type: 'route', id: 'r' })).toBe('/routes/r');
    expect(refPath({ type: 'policy', id: 'pol-office' })).toBe('/policies/pol-office');
  });

  it('names objects as the admin knows them', () => {
    const i = index();
    expect(refName(i, { type: 'peer', id: 'peer-gw' })).toBe('office-gw');
    expect(refName(i, { type: 'resource', id: 'res-lan', network_id: 'net-office' })).toBe('Office LAN');
    expect(refName(i, { type: 'router', id: 'rt-1', network_id: 'net-office' })).toBe('office-gw');
    expect(refName(i, { type: 'router', id: 'rt-2', network_id: 'net-office' })).toBe('routers');
    expect(refName(i, { type: 'exit-node', id: 'route-exit' })).toBe('exit-eu');
    expect(refName(i, { type: 'policy', id: 'gone' })).toBe('gone');
  });

  it('turns fix targets into links', () => {
    const i = index();
    expect(fixLink(i, { kind: 'object', ref: { type: 'policy', id: 'pol-office' } })).toEqual({ to: '/policies/pol-office', label: 'Open policy Engineers to Office' });
    expect(fixLink(i, { kind: 'area', area: 'policies' })).toEqual({ to: '/policies', label: 'Go to Policies' });
  });
});
