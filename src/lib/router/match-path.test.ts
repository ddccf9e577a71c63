import { describe, expect, it } from 'vitest';
import { isActivePath } from './links';
import { matchPath, rankRoutes } from './match-path';

describe('matchPath', () => {
  it('reads named parameters, percent-decoded', () => {
    expect(matchPath('/networks/:networkId/resources/:resourceId', '/networks/n%2F1/resources/r%20a')).toEqual({ networkId: 'n/1', resourceId: 'r a' });
    expect(matchPath('/networks', '/networks')).toEqual({});
  });
  it('does not match other paths or prefixes', () => {
    expect(matchPath('/networks/:networkId', '/networks')).toBeNull();
    expect(matchPath('/networks', '/networks/n1')).toBeNull();
    expect(matchPath('/policies/:policyId', '/peers/p1')).toBeNull();
  });
  it('keeps a malformed escape as it is', () => {
    expect(matchPath('/peers/:peerId', '/peers/%E0%A4%A')).toEqual({ peerId: '%E0%A4%A' });
  });
});

describe('rankRoutes', () => {
  it('puts a fixed segment before a parameter at the first difference, else keeps the order', () => {
    const ranked = rankRoutes([{ path: '/policies/:policyId' }, { path: '/policies/new' }, { path: '/networks/:networkId/resources/:resourceId' }, { path: '/networks/:networkId/resources/new' }, { path: '/policies/:policyId/edit' }, { path: '/' }]);
    const order = ranked.map((r) => r.path);
    expect(order.indexOf('/policies/new')).toBeLessThan(order.indexOf('/policies/:policyId'));
    expect(order.indexOf('/networks/:networkId/resources/new')).toBeLessThan(order.indexOf('/networks/:networkId/resources/:resourceId'));
    expect(order.indexOf('/policies/:policyId')).toBeLessThan(order.indexOf('/policies/:policyId/edit'));
  });
  it('lets the first matching ranked route decide "/policies/new"', () => {
    const ranked = rankRoutes([{ path: '/policies/:policyId' }, { path: '/policies/new' }]);
    expect(ranked.find((r) => matchPath(r.path, '/policies/new'))?.path).toBe('/policies/new');
  });
});

describe('isActivePath', () => {
  it('is active on the page and below it, at segment boundaries', () => {
    expect(isActivePath('/networks', '/networks')).toBe(true);
    expect(isActivePath('/networks', '/networks/n1')).toBe(true);
    expect(isActivePath('/networks', '/networks-old')).toBe(false);
    expect(isActivePath('/review?tab=x', '/review')).toBe(true);
  });
});
