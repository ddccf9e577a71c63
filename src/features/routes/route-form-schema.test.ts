import { describe, expect, it } from 'vitest';
import { snapshotBuilder } from '@/domain/testing/snapshot-builder';
import { routeFieldOf, routeFormDefaults, routeFormSchema, toRouteRequest, type RouteFormValues } from './route-form-schema';

const snapshot = snapshotBuilder()
  .peer('gw-1', { groups: ['routers'] })
  .peer('gw-2', { groups: ['routers'] })
  .peer('mac', { os: 'Darwin 14.5' })
  .peer('laptop', { groups: ['staff'] })
  .build();

const refs = {
  hasGroup: (id: string) => snapshot.groups.some((g) => g.id === id),
  hasPeer: (id: string) => snapshot.peers.some((p) => p.id === id),
};

const values = (over: Partial<RouteFormValues> = {}): RouteFormValues => ({
  ...routeFormDefaults(),
  network_id: 'lab',
  network: '10.20.0.0/16',
  peer: 'gw-1',
  groups: ['staff'],
  ...over,
});

function errors(v: RouteFormValues): Record<string, string> {
  const result = routeFormSchema({ refs, snapshot }).safeParse(v);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]));
}

describe('routeFormSchema', () => {
  it('accepts a complete route', () => {
    expect(errors(values())).toEqual({});
  });

  it('refuses metric 0 and a bad CIDR with the validator messages, under their fields', () => {
    expect(errors(values({ metric: '0' }))).toEqual({ metric: 'metric must be between 1 and 9999, got 0' });
    expect(errors(values({ network: '10.20.0.0/33' })).network).toMatch(/^invalid network: /);
  });

  it('puts domain problems on the row that has them, skipping blank rows', () => {
    const v = values({ targetKind: 'domains', domains: [{ name: 'ok.example.com' }, { name: '' }, { name: 'bad..name' }] });
    expect(Object.keys(errors(v))).toEqual(['domains.2.name']);
    expect(errors(values({ targetKind: 'domains', domains: [{ name: '' }] })).domains).toMatch(/needs either network/);
  });

  it('reports a missing routing peer on the field the mode shows', () => {
    expect(Object.keys(errors(values({ peer: '' })))).toEqual(['peer']);
    expect(Object.keys(errors(values({ peerMode: 'group', peer_groups: [] })))).toEqual(['peer_groups']);
  });

  it('refuses masquerade off with the linter reason: non-Linux peer, or two routing peers', () => {
    expect(errors(values({ masquerade: false, peer: 'mac' })).masquerade).toContain('mac runs Darwin 14.5');
    expect(errors(values({ masquerade: false, peerMode: 'group', peer_groups: ['routers'] })).masquerade).toMatch(/^High availability stops working/);
    expect(errors(values({ masquerade: false }))).toEqual({});
  });
});

describe('toRouteRequest', () => {
  it('sends either the network or the domains, and either the peer or the peer groups', () => {
    const body = toRouteRequest(values({ targetKind: 'domains', domains: [{ name: ' a.example.com ' }, { name: '' }], peerMode: 'group', peer_groups: ['routers'] }), { skip_auto_apply: true });
    expect(body).toMatchObject({ domains: ['a.example.com'], peer_groups: ['routers'], metric: 9999, skip_auto_apply: true });
    expect(body.network).toBeUndefined();
    expect(body.peer).toBeUndefined();
  });
});

describe('routeFieldOf', () => {
  it('maps request fields onto the form', () => {
    const v = values({ targetKind: 'domains', domains: [{ name: '' }, { name: 'x' }] });
    expect(routeFieldOf(v, 'domains.0')).toBe('domains.1.name');
    expect(routeFieldOf(v, 'network')).toBe('domains');
    expect(routeFieldOf(v, 'access_control_groups')).toBe('access_control_groups');
  });
});
