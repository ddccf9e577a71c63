import { describe, expect, it } from 'vitest';
import { snapshotBuilder } from '@/domain/testing/snapshot-builder';
import { applyRouterDraft, DRAFT_ROUTER_ID, patchRouters, withoutRouter } from './router';

const base = () =>
  snapshotBuilder()
    .peer('gw', { groups: ['routers'] })
    .network('n', { routers: [{ id: 'r1', peer: 'gw', metric: 10 }] })
    .build();

describe('applyRouterDraft', () => {
  it('adds a new router under the draft id, keeping peer xor peer groups', () => {
    const s = applyRouterDraft(base(), 'n', { peer_groups: ['routers'], metric: 20, masquerade: true, enabled: true });
    expect(s.network_routers['n']?.map((r) => [r.id, r.peer, r.peer_groups, r.metric])).toEqual([
      ['r1', 'gw', null, 10],
      [DRAFT_ROUTER_ID, undefined, ['routers'], 20],
    ]);
  });

  it('replaces the router being edited in place', () => {
    const s = applyRouterDraft(base(), 'n', { id: 'r1', peer: 'gw', peer_groups: ['routers'], metric: 50, masquerade: false, enabled: false });
    expect(s.network_routers['n']).toEqual([{ id: 'r1', peer: 'gw', peer_groups: null, metric: 50, masquerade: false, enabled: false }]);
  });
});

describe('patchRouters / withoutRouter', () => {
  it('patches only the named routers and removes one', () => {
    const s = patchRouters(base(), 'n', ['r1'], { metric: 9999 });
    expect(s.network_routers['n']?.[0]?.metric).toBe(9999);
    expect(withoutRouter(s, 'n', 'r1').network_routers['n']).toEqual([]);
  });
});
