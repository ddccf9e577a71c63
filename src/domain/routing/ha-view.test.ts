import { describe, expect, it } from 'vitest';
import { buildAccountIndex } from '@/domain/account';
import { snapshotBuilder } from '@/domain/testing/snapshot-builder';
import { drainOutcome } from './ha-drain';
import { buildHaView, carryingRows, networkHaView, routeSetHaView, type HaCarrier, type HaPeerFacts } from './ha-view';

const facts = (list: HaPeerFacts[]) => (id: string) => list.find((p) => p.id === id);
const carrier = (id: string, peerIds: string[], metric = 100, enabled = true): HaCarrier => ({ id, kind: 'router', label: id, enabled, metric, peerIds });

describe('buildHaView', () => {
  const peers = facts([
    { id: 'a', name: 'gw-a', os: 'linux', online: true, failureDomain: 'room-a' },
    { id: 'b', name: 'gw-b', os: 'linux', online: true, failureDomain: 'room-b' },
    { id: 'c', name: 'gw-c', os: 'linux', online: false },
  ]);

  it('labels primary and standby by metric, best first', () => {
    const view = buildHaView([carrier('r2', ['b'], 100), carrier('r1', ['a'], 10)], peers);
    expect(view.rows.map((r) => [r.name, r.rank, r.label])).toEqual([
      ['gw-a', 1, 'primary'],
      ['gw-b', 2, 'standby'],
    ]);
    expect(view.status.kind).toBe('effective');
  });

  it('labels equal metrics latency-balanced', () => {
    const view = buildHaView([carrier('r1', ['a']), carrier('r2', ['b'])], peers);
    expect(view.rows.map((r) => r.label)).toEqual(['latency-balanced', 'latency-balanced']);
    expect(carryingRows(view).map((r) => r.name)).toEqual(['gw-a', 'gw-b']);
  });

  it('flags a peer named twice and counts it once', () => {
    const view = buildHaView([carrier('peer a', ['a']), carrier('group g', ['a'])], peers);
    expect(view.rows).toHaveLength(1);
    expect(view.rows[0]?.flags).toContainEqual({ kind: 'counted-twice', carriers: ['peer a', 'group g'] });
    expect(view.status).toEqual({ kind: 'too-few-peers', peers: 1 });
  });

  it('puts disconnected peers last as unavailable and disabled-only peers after them', () => {
    const view = buildHaView([carrier('r3', ['c'], 1), carrier('r1', ['a'], 100), carrier('r2', ['b'], 50, false)], peers);
    expect(view.rows.map((r) => [r.name, r.label])).toEqual([
      ['gw-a', 'primary'],
      ['gw-c', 'unavailable'],
      ['gw-b', 'disabled'],
    ]);
    expect(view.rows[1]?.flags).toContainEqual({ kind: 'disconnected' });
    expect(view.rows[2]?.flags).toContainEqual({ kind: 'disabled', carriers: ['r2'] });
    expect(view.status).toEqual({ kind: 'too-few-online', peers: 2, online: 1 });
  });

  it('reports enabled carriers without peers and unknown peers', () => {
    const view = buildHaView([carrier('empty', []), carrier('ghost', ['zz'])], peers);
    expect(view.emptyCarriers.map((c) => c.id)).toEqual(['empty']);
    expect(view.rows[0]?.flags).toContainEqual({ kind: 'unknown-peer' });
  });
});

describe('networkHaView / routeSetHaView', () => {
  const snap = snapshotBuilder()
    .peer('a', { groups: ['routers'], failureDomain: 'az-1' })
    .peer('b', { groups: ['routers'], failureDomain: 'az-1' })
    .network('n', { routers: [{ id: 'r-peer', peer: 'a', metric: 10 }, { id: 'r-group', peerGroups: ['routers'], metric: 20 }] })
    .route('dc', { id: 'route-1', network: '10.0.0.0/8', peer: 'a', groups: ['routers'], metric: 100 })
    .route('dc', { id: 'route-2', network: '10.0.0.0/8', peer: 'b', groups: ['routers'], metric: 100 })
    .build();
  const index = buildAccountIndex(snap);

  it('resolves routers to peers: the overlap is flagged and the shared failure domain found', () => {
    const view = networkHaView(index, 'n');
    expect(view.rows.map((r) => [r.peerId, r.metric, r.label])).toEqual([
      ['a', 10, 'primary'],
      ['b', 20, 'standby'],
    ]);
    expect(view.rows[0]?.flags.some((f) => f.kind === 'counted-twice')).toBe(true);
    expect(view.status).toEqual({ kind: 'same-failure-domain', peers: 2, domain: 'az-1' });
    expect(view.sharedFailureDomain).toBe('az-1');
  });

  it('ranks a legacy route set the same way', () => {
    const view = routeSetHaView(index, index.snapshot.routes);
    expect(view.rows.map((r) => r.label)).toEqual(['latency-balanced', 'latency-balanced']);
  });
});

describe('drainOutcome', () => {
  const peers = facts([
    { id: 'a', name: 'gw-a', os: 'linux', online: true },
    { id: 'b', name: 'gw-b', os: 'linux', online: true },
  ]);
  it('names who takes over', () => {
    const after = buildHaView([carrier('r1', ['a'], 9999), carrier('r2', ['b'], 100)], peers);
    const out = drainOutcome(after, ['a']);
    expect(out.kind === 'moves' && out.to.map((r) => r.name)).toEqual(['gw-b']);
  });
  it('says when the drained peer keeps carrying (nobody else can)', () => {
    const after = buildHaView([carrier('r1', ['a'], 9999)], peers);
    expect(drainOutcome(after, ['a']).kind).toBe('stays');
  });
  it('says when nobody carries traffic any more', () => {
    const after = buildHaView([carrier('r1', ['a'], 100, false)], peers);
    expect(drainOutcome(after, ['a'])).toEqual({ kind: 'nobody' });
  });
});
