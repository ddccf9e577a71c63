import { describe, expect, it } from 'vitest';
import { haIsEffective, sharedFailureDomain } from './high-availability';
import { addRouter, build, cleanAccount, findingsOf, indexOf, patchLab, patchRoute, patchRouter } from './testing/lint-fixtures';

const secondAppsPeer = () => cleanAccount().peer('apps-gw-2', { groups: ['apps-routers-2'] });

const dcRoutes = () =>
  cleanAccount()
    .peer('dc-a', { groups: ['dc'], failureDomain: 'fra-1' })
    .peer('dc-b', { groups: ['dc'], failureDomain: 'fra-2' })
    .route('dc', { id: 'dc-a-route', network: '10.30.0.0/16', peer: 'dc-a', groups: ['engineers'], acl: ['dc'], metric: 10 })
    .route('dc', { id: 'dc-b-route', network: '10.30.0.0/16', peer: 'dc-b', groups: ['engineers'], acl: ['dc'], metric: 100 });

describe('ha-not-effective', () => {
  it('is raised when a second router names the same peer through its group', () => {
    const s = build(cleanAccount(), addRouter('apps', { id: 'apps-router-2', peer_groups: ['apps-routers'] }));
    const [f, ...rest] = findingsOf(s, 'ha-not-effective');
    expect(rest).toEqual([]);
    expect(f?.severity).toBe('warning');
    expect(f?.message).toBe(
      'Network "Corp apps" has 2 routers configured, but only apps-gw can carry traffic: apps-gw is named more than once (directly and through a group, or in two groups) and counts once. High availability needs at least two distinct enabled routing peers.',
    );
    expect(f?.refs.slice(0, 3)).toEqual([
      { type: 'network', id: 'apps' },
      { type: 'router', id: 'apps-router' },
      { type: 'router', id: 'apps-router-2' },
    ]);
  });

  it('is not raised when the second router names a distinct peer', () => {
    expect(findingsOf(build(secondAppsPeer(), addRouter('apps', { id: 'apps-router-2', peer_groups: ['apps-routers-2'] })), 'ha-not-effective')).toEqual([]);
  });

  it('says which router is disabled', () => {
    const s = build(secondAppsPeer(), addRouter('apps', { id: 'apps-router-2', peer_groups: ['apps-routers-2'], enabled: false }));
    expect(findingsOf(s, 'ha-not-effective')[0]?.message).toContain('the router for peer group "apps-routers-2" is disabled');
  });

  it('is raised for an HA route set with one route disabled, and not with both enabled', () => {
    const [f] = findingsOf(build(dcRoutes(), patchRoute('dc-b-route', { enabled: false })), 'ha-not-effective');
    expect(f?.message).toMatch(/^HA route set "dc" \(10\.30\.0\.0\/16, 2 routes\) has 2 routes configured, but only dc-a can carry traffic: route dc-b-route \(dc-b\) is disabled\./);
    expect(findingsOf(build(dcRoutes()), 'ha-not-effective')).toEqual([]);
  });
});

describe('ha-same-failure-domain', () => {
  it('is raised when every routing peer of a network is in one failure domain', () => {
    const [f, ...rest] = findingsOf(build(cleanAccount(), patchLab('gw-2', { failure_domain: 'eu-central-1a' })), 'ha-same-failure-domain');
    expect(rest).toEqual([]);
    expect(f?.severity).toBe('warning');
    expect(f?.message).toMatch(/^All 2 routing peers of network "Office" \(gw-1 and gw-2\) are in failure domain "eu-central-1a"/);
    expect(f?.refs).toEqual([
      { type: 'network', id: 'office' },
      { type: 'peer', id: 'gw-1' },
      { type: 'peer', id: 'gw-2' },
    ]);
  });

  it('is not raised for distinct or unknown failure domains', () => {
    expect(findingsOf(build(cleanAccount()), 'ha-same-failure-domain')).toEqual([]);
    expect(findingsOf(build(cleanAccount(), patchLab('gw-2', { failure_domain: '' })), 'ha-same-failure-domain')).toEqual([]);
  });

  it('is raised for an HA route set too', () => {
    const s = build(dcRoutes(), patchLab('dc-b', { failure_domain: 'fra-1' }));
    expect(findingsOf(s, 'ha-same-failure-domain').map((f) => f.refs[0])).toEqual([{ type: 'route', id: 'dc-a-route' }]);
  });
});

describe('sharedFailureDomain / haIsEffective', () => {
  it('needs two peers with one known domain', () => {
    const index = indexOf(build(cleanAccount(), patchLab('gw-2', { failure_domain: 'eu-central-1a' })));
    expect(sharedFailureDomain(index, ['gw-1', 'gw-2'])).toBe('eu-central-1a');
    expect(sharedFailureDomain(index, ['gw-1'])).toBeNull();
    expect(sharedFailureDomain(index, ['gw-1', 'alice'])).toBeNull();
    expect(haIsEffective(index, ['gw-1', 'gw-2'])).toBe(false);
    expect(haIsEffective(indexOf(build(cleanAccount())), ['gw-1', 'gw-2'])).toBe(true);
    expect(haIsEffective(index, ['gw-1'])).toBe(false);
  });

  it('ignores routers that are disabled when counting peers', () => {
    const s = build(cleanAccount(), patchRouter('office', 'office-router', { enabled: false }), addRouter('office', { id: 'office-router-2', peer: 'gw-1' }));
    expect(findingsOf(s, 'ha-not-effective')[0]?.message).toContain('only gw-1 can carry traffic');
  });
});
