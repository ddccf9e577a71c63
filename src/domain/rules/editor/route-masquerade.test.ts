import { describe, expect, it } from 'vitest';
import { applyRouteDraft, routeDraftFrom } from '@/domain/draft/route';
import { snapshotBuilder } from '@/domain/testing/snapshot-builder';
import type { Snapshot } from '@/domain/snapshot';
import { EXIT_NODE_MASQUERADE_REASON, routeMasqueradeRule } from './route-masquerade';

const account = () =>
  snapshotBuilder()
    .peer('gw-1', { groups: ['routers'], lanIp: '10.10.0.2' })
    .peer('gw-2', { groups: ['routers'] })
    .peer('mac-gw', { os: 'Darwin 14.5', groups: ['mixed'] })
    .peer('laptop', { groups: ['staff'] })
    .route('office', { id: 'a', network: '10.10.0.0/16', peer: 'gw-1', groups: ['staff'] })
    .route('mac', { id: 'm', network: '10.30.0.0/16', peer: 'mac-gw', groups: ['staff'] })
    .exitNode('exit', { id: 'e', peer: 'gw-2', groups: ['staff'] })
    .build();

function edit(s: Snapshot, id: string, change: Parameters<typeof Object.assign>[1]): Snapshot {
  const route = s.routes.find((r) => r.id === id);
  if (!route) throw new Error(id);
  return applyRouteDraft(s, { ...routeDraftFrom(route), ...change }, id);
}

describe('routeMasqueradeRule', () => {
  it('allows masquerade off for one Linux routing peer, and says which return route the LAN needs', () => {
    const rule = routeMasqueradeRule(account(), 'a');
    expect(rule.verdict).toEqual({ kind: 'allowed' });
    expect(rule.servingPeerIds).toEqual(['gw-1']);
    expect(rule.returnRoute).toContain('return route for the NetBird range 100.64.0.0/10 via gw-1 (LAN address 10.10.0.2)');
  });

  it('refuses masquerade off for a non-Linux routing peer, naming its OS', () => {
    const rule = routeMasqueradeRule(account(), 'm');
    expect(rule.verdict).toMatchObject({ kind: 'refused', code: 'masquerade-off-non-linux' });
    if (rule.verdict.kind === 'refused') expect(rule.verdict.reason).toContain('mac-gw runs Darwin 14.5');
  });

  it('refuses masquerade off when a peer group gives the route two routing peers', () => {
    const s = edit(account(), 'a', { peer: undefined, peer_groups: ['routers'] });
    const rule = routeMasqueradeRule(s, 'a');
    expect(rule.verdict).toMatchObject({ kind: 'refused', code: 'masquerade-off-breaks-ha' });
    expect(rule.servingPeerIds.sort()).toEqual(['gw-1', 'gw-2']);
  });

  it('refuses masquerade off when a second route joins the HA route set, even a disabled draft', () => {
    const s = applyRouteDraft(account(), {
      network_id: 'office',
      description: '',
      enabled: false,
      peer: 'gw-2',
      network: '10.10.0.0/16',
      metric: 200,
      masquerade: false,
      groups: ['staff'],
      keep_route: false,
    });
    const rule = routeMasqueradeRule(s, 'draft:new-route');
    expect(rule.verdict).toMatchObject({ kind: 'refused', code: 'masquerade-off-breaks-ha' });
    // Seen from the enabled route, a disabled sibling serves nothing yet.
    expect(routeMasqueradeRule(s, 'a').verdict).toEqual({ kind: 'allowed' });
  });

  it('requires masquerade on an exit node', () => {
    expect(routeMasqueradeRule(account(), 'e').verdict).toEqual({ kind: 'required', reason: EXIT_NODE_MASQUERADE_REASON });
  });

  it('refuses joining an HA route set whose other route has masquerade off', () => {
    const off = edit(account(), 'a', { masquerade: false });
    const s = applyRouteDraft(off, {
      network_id: 'office',
      description: '',
      enabled: true,
      peer: 'gw-2',
      network: '10.10.0.0/16',
      metric: 200,
      masquerade: true,
      groups: ['staff'],
      keep_route: false,
    });
    expect(routeMasqueradeRule(s, 'draft:new-route').siblingConflict).toMatch(/^Route via gw-1 of this HA route set has masquerade off\. High availability stops working/);
    expect(routeMasqueradeRule(off, 'a').siblingConflict).toBeNull();
  });
});
