import { describe, expect, it } from 'vitest';
import { applyRouterDraft, DRAFT_ROUTER_ID } from '@/domain/draft/router';
import { snapshotBuilder } from '@/domain/testing/snapshot-builder';
import { routerMasqueradeIssues, routerMasqueradeState } from './router-masquerade';

const base = () =>
  snapshotBuilder()
    .peer('gw-1', { os: 'linux', lanIp: '10.10.0.2', groups: ['routers'] })
    .peer('gw-2', { os: 'linux', groups: ['routers'] })
    .peer('win', { os: 'windows', groups: ['mixed'] })
    .peer('gw-3', { os: 'linux', groups: ['mixed'] })
    .network('n', { routers: [] })
    .build();

describe('routerMasqueradeState', () => {
  it('disables the switch for a single non-Linux peer, with the reason', () => {
    const after = applyRouterDraft(base(), 'n', { peer: 'win', metric: 100, masquerade: true, enabled: true });
    const s = routerMasqueradeState(after, 'n', DRAFT_ROUTER_ID);
    expect(s.disabledReason).toBe('Masquerade can only be turned off on Linux routing peers: win runs windows');
    expect(s.groupWarning).toBeNull();
  });

  it('warns about a peer group containing non-Linux peers', () => {
    const after = applyRouterDraft(base(), 'n', { peer_groups: ['mixed'], metric: 100, masquerade: true, enabled: true });
    const s = routerMasqueradeState(after, 'n', DRAFT_ROUTER_ID);
    expect(s.disabledReason).toBeNull();
    expect(s.groupWarning).toContain('win runs windows');
    expect(routerMasqueradeIssues(s, false).map((i) => i.field)).toEqual(['masquerade']);
  });

  it('allows masquerade off for one Linux routing peer and says what the LAN needs', () => {
    const after = applyRouterDraft(base(), 'n', { peer: 'gw-1', metric: 100, masquerade: false, enabled: true });
    const s = routerMasqueradeState(after, 'n', DRAFT_ROUTER_ID);
    expect(s.offRefusal).toBeNull();
    expect(routerMasqueradeIssues(s, false)).toEqual([]);
    expect(s.returnRoute).toBe('the destination network needs a return route for the NetBird range 100.64.0.0/10 via gw-1 (LAN address 10.10.0.2), or replies never come back');
  });

  it('refuses masquerade off when the network has a second routing peer', () => {
    let s0 = applyRouterDraft(base(), 'n', { id: 'r1', peer: 'gw-2', metric: 100, masquerade: true, enabled: true });
    s0 = applyRouterDraft(s0, 'n', { peer: 'gw-1', metric: 10, masquerade: false, enabled: true });
    const s = routerMasqueradeState(s0, 'n', DRAFT_ROUTER_ID);
    expect(s.offRefusal).toMatch(/^High availability stops working with masquerade off: 2 routing peers/);
    expect(routerMasqueradeIssues(s, false)).toHaveLength(1);
    expect(routerMasqueradeIssues(s, true)).toEqual([]);
  });

  it('refuses masquerade off for a group router of two peers (the network would get a second routing peer)', () => {
    const after = applyRouterDraft(base(), 'n', { peer_groups: ['routers'], metric: 100, masquerade: false, enabled: true });
    expect(routerMasqueradeState(after, 'n', DRAFT_ROUTER_ID).offRefusal).toMatch(/High availability/);
  });

  it('refuses a new routing peer joining a network whose router has masquerade off', () => {
    let s0 = applyRouterDraft(base(), 'n', { id: 'r1', peer: 'gw-1', metric: 100, masquerade: false, enabled: true });
    s0 = applyRouterDraft(s0, 'n', { peer: 'gw-2', metric: 100, masquerade: true, enabled: true });
    const s = routerMasqueradeState(s0, 'n', DRAFT_ROUTER_ID);
    expect(s.otherRouterConflict).toMatch(/^routing peer gw-1 of this network has masquerade off; with this routing peer 2 routing peers/);
    expect(routerMasqueradeIssues(s, true)).toHaveLength(1);
  });

  it('counts a disabled draft router as if enabled (it joins once turned on)', () => {
    let s0 = applyRouterDraft(base(), 'n', { id: 'r1', peer: 'gw-2', metric: 100, masquerade: true, enabled: true });
    s0 = applyRouterDraft(s0, 'n', { peer: 'gw-1', metric: 100, masquerade: false, enabled: false });
    expect(routerMasqueradeState(s0, 'n', DRAFT_ROUTER_ID).offRefusal).toMatch(/High availability/);
  });
});
