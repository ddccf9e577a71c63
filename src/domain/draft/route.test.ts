import { describe, expect, it } from 'vitest';
import { snapshotBuilder } from '@/domain/testing/snapshot-builder';
import { applyRouteDraft, NEW_ROUTE_ID, routeDraftFrom, snapRouteOf, type RouteDraftValues } from './route';

const account = () =>
  snapshotBuilder()
    .peer('gw-1', { groups: ['routers'] })
    .peer('laptop', { groups: ['staff'] })
    .route('office', { id: 'r-office', network: '10.10.0.0/16', peer: 'gw-1', groups: ['staff'] })
    .build();

const draft = (over: Partial<RouteDraftValues> = {}): RouteDraftValues => ({
  network_id: 'lab',
  description: '',
  enabled: true,
  peer: 'gw-1',
  network: '10.20.1.7/16',
  metric: 100,
  masquerade: true,
  groups: ['staff'],
  keep_route: false,
  ...over,
});

describe('snapRouteOf', () => {
  it('stores the network masked and typed, as the server would', () => {
    const r = snapRouteOf(draft(), 'x');
    expect(r.network).toBe('10.20.0.0/16');
    expect(r.network_type).toBe('IPv4');
    expect(r.peer).toBe('gw-1');
    expect(r.peer_groups).toEqual([]);
  });

  it('normalizes domains and marks the route as a domain route', () => {
    const r = snapRouteOf(draft({ network: undefined, domains: ['App.Example.COM', 'app.example.com'] }), 'x');
    expect(r.domains).toEqual(['app.example.com']);
    expect(r.network_type).toBe('Domain');
    expect(r.network).toBeUndefined();
  });

  it('keeps a half-typed network as typed so analysis still runs', () => {
    expect(snapRouteOf(draft({ network: '10.20' }), 'x').network).toBe('10.20');
  });

  it('treats an empty peer as "peer groups"', () => {
    const r = snapRouteOf(draft({ peer: '', peer_groups: ['routers'] }), 'x');
    expect(r.peer).toBeUndefined();
    expect(r.peer_groups).toEqual(['routers']);
  });
});

describe('applyRouteDraft', () => {
  it('replaces the edited route and leaves the input snapshot alone', () => {
    const before = account();
    const after = applyRouteDraft(before, draft({ network_id: 'office', metric: 5 }), 'r-office');
    expect(after.routes).toHaveLength(1);
    expect(after.routes[0]?.metric).toBe(5);
    expect(before.routes[0]?.metric).toBe(100);
  });

  it('adds a new route under NEW_ROUTE_ID', () => {
    const after = applyRouteDraft(account(), draft());
    expect(after.routes.map((r) => r.id)).toEqual(['r-office', NEW_ROUTE_ID]);
  });
});

describe('routeDraftFrom', () => {
  it('round-trips a stored route into a request body', () => {
    const stored = account().routes[0];
    if (!stored) throw new Error('fixture');
    const body = routeDraftFrom(stored);
    expect(body).toMatchObject({ network_id: 'office', network: '10.10.0.0/16', peer: 'gw-1', groups: ['staff'], enabled: true });
    expect(body.peer_groups).toBeUndefined();
    expect(snapRouteOf(body, stored.id)).toMatchObject({ network: stored.network, peer: stored.peer, metric: stored.metric });
  });
});
