import { describe, expect, it } from 'vitest';
import { lintOverlaps } from './overlaps';
import { addResource, build, cleanAccount, findingsOf, indexOf } from './testing/lint-fixtures';

const labRoute = (peerGroups: string[]) => cleanAccount().route('lab', { id: 'lab-route', network: '10.10.5.0/24', peerGroups, groups: ['engineers'], acl: ['office-routers'] });

describe('routes-overlap', () => {
  it('is raised when a route inside a resource is served by another routing peer', () => {
    const [f, ...rest] = findingsOf(build(labRoute(['branch-routers'])), 'routes-overlap');
    expect(rest).toEqual([]);
    expect(f?.severity).toBe('info');
    expect(f?.message).toBe(
      'Route "lab" (10.10.5.0/24) (via branch-gw) lies inside resource "Office LAN" (10.10.0.0/16) of network "Office" (via gw-1 or gw-2), served by different routing peers: a client that receives both sends 10.10.5.0/24 through branch-gw (longest prefix wins) and the rest of 10.10.0.0/16 through gw-1 or gw-2.',
    );
    expect(f?.refs).toEqual([
      { type: 'route', id: 'lab-route' },
      { type: 'resource', id: 'office-lan' },
      { type: 'network', id: 'office' },
    ]);
  });

  it('is not raised when the same routing peers serve both', () => {
    expect(findingsOf(build(labRoute(['office-routers'])), 'routes-overlap')).toEqual([]);
  });

  it('reports identical prefixes once, and nothing for disjoint ones', () => {
    const b = cleanAccount().network('lab', { name: 'Lab', routers: [{ peer: 'branch-gw' }], resources: [{ id: 'lab-lan', address: '10.10.0.0/16', groups: ['office'] }] });
    const [f, ...rest] = findingsOf(build(b), 'routes-overlap');
    expect(rest).toEqual([]);
    expect(f?.message).toMatch(/cover the same prefix 10\.10\.0\.0\/16 with different routing peers/);
    expect(findingsOf(build(cleanAccount(), addResource('apps', { id: 'x', address: '10.11.0.0/16', groups: ['apps'] })), 'routes-overlap')).toEqual([]);
  });

  it('sweeps nested, sibling and later prefixes correctly', () => {
    const b = cleanAccount()
      .peer('p-a', { groups: ['ga'] })
      .peer('p-b', { groups: ['gb'] })
      .peer('p-c', { groups: ['gc'] })
      .route('a', { id: 'a', network: '10.0.0.0/8', peerGroups: ['ga'], groups: ['engineers'], acl: ['ga'] })
      .route('b1', { id: 'b1', network: '10.1.0.0/16', peerGroups: ['gb'], groups: ['engineers'], acl: ['gb'] })
      .route('c1', { id: 'c1', network: '10.1.2.0/24', peerGroups: ['gc'], groups: ['engineers'], acl: ['gc'] })
      .route('b2', { id: 'b2', network: '10.2.0.0/16', peerGroups: ['gb'], groups: ['engineers'], acl: ['gb'] })
      .route('far', { id: 'far', network: '172.16.0.0/12', peerGroups: ['gc'], groups: ['engineers'], acl: ['gc'] })
      .route('v6', { id: 'v6', network: 'fd00::/8', peerGroups: ['gc'], groups: ['engineers'], acl: ['gc'] });
    const pairs = lintOverlaps(indexOf(build(b))).map((f) => f.refs.filter((r) => r.type !== 'network').map((r) => r.id).join(' in '));
    expect(pairs.sort()).toEqual(['b1 in a', 'b2 in a', 'c1 in a', 'c1 in b1', 'office-lan in a']);
  });
});
