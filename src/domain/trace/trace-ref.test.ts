import { describe, expect, it } from 'vitest';
import { buildAccountIndex } from '@/domain/account';
import { snapshotBuilder } from '@/domain/testing/snapshot-builder';
import { pathRef } from './trace-ref';

const index = () =>
  buildAccountIndex(
    snapshotBuilder()
      .peer('alice', { groups: ['engineers'] })
      .peer('gw', { groups: ['routers'] })
      .network('office', { routers: [{ peerGroups: ['routers'] }], resources: [{ id: 'lan', address: '10.10.0.0/16' }] })
      .route('branch', { id: 'r-branch', network: '192.168.1.0/24', peer: 'gw', groups: ['engineers'] })
      .exitNode('exit', { id: 'r-exit', peer: 'gw', groups: ['engineers'] })
      .build(),
  );

describe('pathRef', () => {
  it('names the object each kind of path goes to', () => {
    const i = index();
    expect(pathRef(i, { kind: 'peer', id: 'gw', network_id: null })).toEqual({ type: 'peer', id: 'gw' });
    expect(pathRef(i, { kind: 'network-resource', id: 'lan', network_id: 'office' })).toEqual({ type: 'resource', id: 'lan', network_id: 'office' });
    expect(pathRef(i, { kind: 'network-route', id: 'r-branch', network_id: 'branch' })).toEqual({ type: 'route', id: 'r-branch' });
    expect(pathRef(i, { kind: 'exit-node', id: 'r-exit', network_id: 'exit' })).toEqual({ type: 'exit-node', id: 'r-exit' });
    expect(pathRef(i, { kind: 'none', id: null, network_id: null })).toBeNull();
  });
});
