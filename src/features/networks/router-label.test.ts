import { describe, expect, it } from 'vitest';
import type { Peer } from '@/api';
import { routerTarget } from './router-label';

const peer = { id: 'p1', name: 'office-gw' } as Peer;
const peers = new Map([['p1', peer]]);
const groups = new Map([
  ['g1', { id: 'g1', name: 'eu-routers' }],
  ['g2', { id: 'g2', name: 'us-routers' }],
]);

describe('routerTarget', () => {
  it('names a single routing peer', () => {
    expect(routerTarget({ peer: 'p1' }, peers, groups)).toMatchObject({ kind: 'peer', name: 'office-gw', peerId: 'p1' });
  });
  it('keeps an unknown peer id visible', () => {
    expect(routerTarget({ peer: 'pX' }, peers, groups)).toMatchObject({ kind: 'peer', name: 'pX', peer: undefined });
  });
  it('names peer groups', () => {
    const t = routerTarget({ peer_groups: ['g1', 'g2'] }, peers, groups);
    expect(t).toMatchObject({ kind: 'groups', name: 'eu-routers, us-routers' });
  });
  it('says when a router names no peer at all', () => {
    expect(routerTarget({ peer: '', peer_groups: null }, peers, groups).kind).toBe('none');
  });
});
