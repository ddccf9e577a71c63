import { describe, expect, it } from 'vitest';
import { buildAccountIndex } from '@/domain/account';
import { snapshotBuilder } from '@/domain/testing/snapshot-builder';
import { namedRef, refKindText } from './named-ref';

describe('namedRef', () => {
  const s = snapshotBuilder()
    .peer('gw', { id: 'peer-gw', groups: ['routers'] })
    .network('net-office', { name: 'Office', routers: [{ id: 'rt-peer', peer: 'peer-gw' }, { id: 'rt-group', peerGroups: ['routers'] }] })
    .route('lan', { id: 'route-lan', network: '192.168.0.0/24', peer: 'peer-gw', groups: ['routers'] })
    .exitNode('exit', { id: 'route-exit', peer: 'peer-gw', groups: ['routers'] })
    .build();
  const index = buildAccountIndex(s);

  it('names routers by their peer or peer groups, with their network', () => {
    expect(namedRef(index, { type: 'router', id: 'rt-peer' })).toEqual({ type: 'router', id: 'rt-peer', name: 'gw', networkId: 'net-office', exitNode: false, known: true });
    expect(namedRef(index, { type: 'router', id: 'rt-group' }).name).toBe('routers');
  });

  it('names routes by their network identifier and marks exit nodes', () => {
    expect(namedRef(index, { type: 'route', id: 'route-lan' })).toMatchObject({ name: 'lan', exitNode: false });
    expect(namedRef(index, { type: 'route', id: 'route-exit' })).toMatchObject({ name: 'exit', exitNode: true });
  });

  it('names the account, and keeps the id of an object the account no longer has', () => {
    expect(namedRef(index, { type: 'account', id: s.account.id })).toMatchObject({ name: 'Account settings', known: true });
    expect(namedRef(index, { type: 'policy', id: 'gone' })).toEqual({ type: 'policy', id: 'gone', name: 'gone', networkId: null, exitNode: false, known: false });
  });
});

describe('refKindText', () => {
  it('calls a route of the whole address space an exit node', () => {
    expect(refKindText({ type: 'route', exitNode: true })).toBe('exit node');
    expect(refKindText({ type: 'route', exitNode: false })).toBe('network route');
    expect(refKindText({ type: 'nameserver_group', exitNode: false })).toBe('nameserver group');
  });
});
