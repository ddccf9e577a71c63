import { describe, expect, it } from 'vitest';
import type { Network, Route } from '@/api';
import { routingRoles, type AccountRouter } from './routing-roles';

const g = (id: string, name: string) => ({ id, name, peers_count: 1, resources_count: 0 });
const peer = { id: 'p1', groups: [g('all', 'All'), g('eu', 'eu-routers')] };

const network = (id: string, name: string, routers: string[]): Network => ({
  id,
  name,
  routers,
  resources: [],
  policies: [],
  routing_peers_count: routers.length,
});

const router = (id: string, over: Partial<AccountRouter>): AccountRouter => ({ id, metric: 100, masquerade: true, enabled: true, ...over });

const route = (id: string, over: Partial<Route>): Route => ({
  id,
  network_type: 'IPv4',
  description: '',
  network_id: id,
  enabled: true,
  metric: 9999,
  masquerade: true,
  groups: ['all'],
  keep_route: false,
  ...over,
});

describe('routingRoles', () => {
  const networks = [network('n1', 'Office', ['r1']), network('n2', 'EU', ['r2']), network('n3', 'US', ['r3'])];
  const routers = [
    router('r1', { peer: 'p1', network_id: 'n1', metric: 10 }),
    router('r2', { peer_groups: ['eu'] }),
    router('r3', { peer_groups: ['us'], network_id: 'n3' }),
    router('r4', { peer: 'p2', network_id: 'n1' }),
  ];

  it('finds routers naming the peer or one of its groups, and their networks', () => {
    const roles = routingRoles(peer, routers, networks, []);
    expect(roles.networks.map((r) => [r.networkName, r.via])).toEqual([
      ['EU', { kind: 'groups', groupNames: ['eu-routers'] }],
      ['Office', { kind: 'peer' }],
    ]);
  });

  it('finds legacy routes and flags exit nodes', () => {
    const routes = [
      route('exit', { peer: 'p1', network: '0.0.0.0/0' }),
      route('lan', { peer_groups: ['eu'], network: '10.0.0.0/8' }),
      route('dom', { peer: 'p1', network_type: 'Domain', domains: ['a.example', '*.b.example'] }),
      route('other', { peer: 'p2', network: '10.1.0.0/16' }),
    ];
    const roles = routingRoles(peer, [], networks, routes);
    expect(roles.routes.map((r) => [r.routeId, r.destination, r.exitNode])).toEqual([
      ['dom', 'a.example, *.b.example', false],
      ['exit', '0.0.0.0/0', true],
      ['lan', '10.0.0.0/8', false],
    ]);
  });

  it('returns nothing for a peer that routes nothing', () => {
    expect(routingRoles({ id: 'p9', groups: [] }, routers, networks, [route('x', { peer_groups: ['eu'] })])).toEqual({ networks: [], routes: [] });
  });
});
