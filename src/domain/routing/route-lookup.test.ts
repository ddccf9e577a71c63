import { describe, expect, it } from 'vitest';
import { buildAccountIndex } from '@/domain/account';
import { parseIp, type IpAddress } from '@/domain/net';
import { snapshotBuilder } from '@/domain/testing/snapshot-builder';
import { activeExitNode, lookupDomain, lookupIp, receivedRoutes, type RouteMatch } from './route-lookup';

const ip = (text: string): IpAddress => {
  const r = parseIp(text);
  if (!r.ok) throw new Error(r.error);
  return r.value;
};

const summary = (m: RouteMatch | null): string => {
  if (m === null) return 'local';
  switch (m.kind) {
    case 'peer':
      return `peer ${m.peer.id}`;
    case 'network-resource':
      return `resource ${m.resource.id}`;
    case 'network-route':
      return `route ${m.network_id} [${m.routes.map((r) => r.id).join(',')}]`;
    case 'exit-node':
      return `exit ${m.network_id}`;
    case 'ipv6-blocked':
      return `ipv6-blocked ${m.network_id}`;
    case 'none':
      return `none [${m.unreceived.map((r) => r.id).join(',')}]`;
  }
};

const account = () =>
  snapshotBuilder()
    .peer('laptop', { groups: ['engineers', 'all'] })
    .peer('intern', { groups: ['interns', 'all'] })
    .peer('gw', { groups: ['routers'] })
    .network('office', {
      routers: [{ peerGroups: ['routers'] }],
      resources: [
        { id: 'lan', address: '10.10.0.0/16', groups: ['office'] },
        { id: 'db', address: '10.10.3.4', groups: ['db'] },
        { id: 'wiki', address: '*.corp.example', groups: ['web'] },
      ],
    })
    .route('legacy-dc', { id: 'dc-1', network: '10.0.0.0/8', peer: 'gw', groups: ['all'] })
    .route('legacy-dc', { id: 'dc-2', network: '10.0.0.0/8', peer: 'gw', groups: ['engineers'], metric: 200 })
    .exitNode('exit-b', { id: 'exit-b', peer: 'gw', groups: ['all'] })
    .exitNode('exit-a', { id: 'exit-a', peer: 'gw', groups: ['all'] })
    .exitNode('exit-0', { id: 'exit-0', peer: 'gw', groups: ['all'], skipAutoApply: true })
    .policy('eng-office', { sources: ['engineers'], destinations: ['office', 'web'] })
    .policy('eng-db', { sources: ['engineers'], destinationResource: 'db', protocol: 'tcp', ports: ['5432'] })
    .build();

describe('lookupIp', () => {
  const index = buildAccountIndex(account());

  it('matches a peer overlay IP before any route', () => {
    const gw = index.peerByName.get('gw');
    expect(summary(lookupIp(index, 'laptop', ip(gw?.ip ?? '')))).toBe('peer gw');
  });

  it('takes the longest prefix among the routes the source receives', () => {
    expect(summary(lookupIp(index, 'laptop', ip('10.10.3.4')))).toBe('resource db');
    expect(summary(lookupIp(index, 'laptop', ip('10.10.9.9')))).toBe('resource lan');
    expect(summary(lookupIp(index, 'laptop', ip('10.200.0.1')))).toBe('route legacy-dc [dc-1,dc-2]');
  });

  it('skips resources no policy sends to the source and falls back to shorter routes', () => {
    expect(summary(lookupIp(index, 'intern', ip('10.10.3.4')))).toBe('route legacy-dc [dc-1]');
  });

  it('uses the auto-applied exit node with the smallest network_id, or the selected one', () => {
    expect(summary(lookupIp(index, 'laptop', ip('8.8.8.8')))).toBe('exit exit-a');
    expect(summary(lookupIp(index, 'laptop', ip('8.8.8.8'), { selectedExitNode: 'exit-0' }))).toBe('exit exit-0');
    expect(activeExitNode(index, 'laptop', { selectedExitNode: 'exit-b' })?.selected).toBe(true);
    expect(activeExitNode(index, 'laptop', { selectedExitNode: 'unknown' })?.network_id).toBe('exit-a');
  });

  it('blocks IPv6 when the active exit node is IPv4 only', () => {
    expect(summary(lookupIp(index, 'laptop', ip('2001:db8::1')))).toBe('ipv6-blocked exit-a');
  });

  it('reports no route with the Network resources that would cover it', () => {
    const noExit = buildAccountIndex(
      snapshotBuilder()
        .peer('a', { groups: ['g'] })
        .peer('gw', { groups: ['routers'] })
        .network('n', { routers: [{ peerGroups: ['routers'] }], resources: [{ id: 'r', address: '192.168.0.0/24', groups: ['res'] }] })
        .build(),
    );
    expect(summary(lookupIp(noExit, 'a', ip('192.168.0.7')))).toBe('none [r]');
    expect(summary(lookupIp(noExit, 'a', ip('172.16.0.1')))).toBe('none []');
  });
});

describe('lookupDomain', () => {
  const index = buildAccountIndex(account());

  it('matches wildcard resources for sub-domains only', () => {
    expect(summary(lookupDomain(index, 'laptop', 'wiki.corp.example').match)).toBe('resource wiki');
    expect(summary(lookupDomain(index, 'laptop', 'a.b.corp.example').match)).toBe('resource wiki');
    expect(summary(lookupDomain(index, 'laptop', 'corp.example').match)).toBe('local');
  });

  it('resolves locally when the source does not receive the domain route', () => {
    const r = lookupDomain(index, 'intern', 'wiki.corp.example');
    expect(r.match).toBeNull();
    expect(r.unreceived.map((x) => x.id)).toEqual(['wiki']);
  });
});

describe('receivedRoutes', () => {
  it('lists what `netbird networks ls` would show, with the active exit node', () => {
    const index = buildAccountIndex(account());
    const list = receivedRoutes(index, 'intern').map((r) => (r.kind === 'network-resource' ? r.resource.id : r.kind === 'exit-node' ? `${r.route.id}${r.active ? '*' : ''}` : r.route.id));
    expect(list).toEqual(['dc-1', 'exit-b', 'exit-a*', 'exit-0']);
    expect(receivedRoutes(index, 'laptop').filter((r) => r.kind === 'network-resource').map((r) => (r.kind === 'network-resource' ? r.resource.id : ''))).toEqual(['lan', 'wiki', 'db']);
  });
});
