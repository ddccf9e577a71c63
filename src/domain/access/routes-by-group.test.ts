import { describe, expect, it } from 'vitest';
import { snapshotBuilder } from '@/domain/testing/snapshot-builder';
import { routesByGroup, routesConcerning } from './routes-by-group';

const routes = snapshotBuilder()
  .peer('gw', { groups: ['routers'] })
  .route('a', { id: 'open-eng', peerGroups: ['routers'], groups: ['engineers', 'sales'] })
  .route('b', { id: 'acl-secure', peerGroups: ['routers'], groups: ['engineers'], acl: ['secure', 'secure'] })
  .route('c', { id: 'off', peerGroups: ['routers'], groups: ['engineers'], enabled: false })
  .route('d', { id: 'open-sales', peerGroups: ['routers'], groups: ['sales'] })
  .route('e', { id: 'acl-db', peerGroups: ['routers'], groups: ['sales'], acl: ['db'] })
  .build().routes;

const ids = (list: readonly { id: string }[]) => list.map((r) => r.id);

describe('routesConcerning', () => {
  it('takes a group’s routes without ACL groups, and the routes behind the ACL groups its rules reach, in account order', () => {
    expect(ids(routesConcerning(routes, 'engineers', new Set()))).toEqual(['open-eng']);
    expect(ids(routesConcerning(routes, 'sales', new Set(['db', 'secure'])))).toEqual(['open-eng', 'acl-secure', 'open-sales', 'acl-db']);
  });

  it('leaves disabled routes out, and lists a route named twice once', () => {
    expect(ids(routesConcerning(routes, 'engineers', new Set(['secure'])))).toEqual(['open-eng', 'acl-secure']);
    expect(routesByGroup(routes).byAclGroup.get('secure')?.length).toBe(1);
  });

  it('files each route list once', () => {
    expect(routesByGroup(routes)).toBe(routesByGroup(routes));
    expect(routesByGroup([...routes])).not.toBe(routesByGroup(routes));
  });
});
