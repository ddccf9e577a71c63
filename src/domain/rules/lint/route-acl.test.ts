import { describe, expect, it } from 'vitest';
import { lintRouteAcl, routeHasNoAcl } from './route-acl';
import { build, cleanAccount, findingsOf, indexOf, patchRoute } from './testing/lint-fixtures';

const withLabRoute = (acl?: string[]) =>
  cleanAccount().route('lab', { id: 'lab-route', network: '192.168.60.0/24', peer: 'branch-gw', groups: ['contractors', 'travelers'], ...(acl ? { acl } : {}) });

describe('route-without-acl-groups', () => {
  it('is raised for a legacy route without ACL groups, naming the distribution groups', () => {
    const [f, ...rest] = findingsOf(build(withLabRoute()), 'route-without-acl-groups');
    expect(rest).toEqual([]);
    expect(f?.severity).toBe('warning');
    expect(f?.message).toMatch(/^Route "lab" \(192\.168\.60\.0\/24\) has no ACL groups\. Every peer in contractors or travelers gets unrestricted access to 192\.168\.60\.0\/24\./);
    expect(f?.refs).toEqual([
      { type: 'route', id: 'lab-route' },
      { type: 'group', id: 'contractors' },
      { type: 'group', id: 'travelers' },
    ]);
    expect(f?.fix).toBeUndefined();
  });

  it('is not raised when the same route has ACL groups', () => {
    expect(findingsOf(build(withLabRoute(['branch-routers'])), 'route-without-acl-groups')).toEqual([]);
  });

  it('is not raised for a disabled route or an exit node', () => {
    expect(findingsOf(build(withLabRoute(), patchRoute('lab-route', { enabled: false })), 'route-without-acl-groups')).toEqual([]);
    // the clean account's exit node has no ACL groups either
    expect(routeHasNoAcl({ network: '0.0.0.0/0', groups: ['travelers'], access_control_groups: [] })).toBe(false);
    expect(routeHasNoAcl({ network: '::/0', groups: ['travelers'] })).toBe(false);
  });

  it('covers domain routes and can be scoped to one route', () => {
    const s = build(cleanAccount().route('docs', { id: 'docs-route', domains: ['docs.example.com'], peer: 'branch-gw', groups: ['engineers'] }));
    const index = indexOf(s);
    expect(lintRouteAcl(index).map((f) => f.message)).toEqual([expect.stringContaining('Route "docs" (docs.example.com) has no ACL groups. Every peer in engineers gets unrestricted access to docs.example.com')]);
    expect(lintRouteAcl(index, { type: 'route', id: 'branch-route' })).toEqual([]);
  });
});
