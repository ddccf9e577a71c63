import { describe, expect, it } from 'vitest';
import { snapshotBuilder } from '@/domain/testing/snapshot-builder';
import { networkDeletionImpact } from './network-deletion';

describe('networkDeletionImpact', () => {
  it('names the resources, routing peers and policy rules that go with the network', () => {
    const snap = snapshotBuilder()
      .peer('gw', { groups: ['routers'] })
      .peer('alice', { groups: ['engineers'] })
      .network('n', {
        routers: [{ peer: 'gw' }, { peerGroups: ['routers'] }],
        resources: [{ id: 'lan', name: 'LAN', address: '10.0.0.0/16', groups: ['lan'] }],
      })
      .network('other', { resources: [{ id: 'x', name: 'X', address: '10.9.0.0/16', groups: ['x'] }] })
      .policy('To LAN', { sources: ['engineers'], destinationResource: 'lan' })
      .build();
    const impact = networkDeletionImpact(snap, 'n');
    expect(impact.resources).toEqual(['LAN (10.0.0.0/16)']);
    expect(impact.routers).toEqual(['gw', 'peer group routers']);
    expect(impact.policiesDeleted).toEqual(['To LAN']);
    expect(impact.groups).toEqual(['lan']);
  });
});
