import { describe, expect, it } from 'vitest';
import { lintNetworkResources, networkMixesDomainAndIp } from './network-resources';
import { addResource, build, cleanAccount, findingsOf, indexOf } from './testing/lint-fixtures';

const appsSubnet = addResource('apps', { id: 'apps-subnet', name: 'Apps subnet', address: '10.20.0.0/16', groups: ['apps-subnet'] });

/** Contractors may reach the Apps subnet; app.corp.example resolves into it. */
const leaking = () =>
  cleanAccount()
    .group('apps-subnet')
    .policy('Contractors to apps subnet', { id: 'pol-subnet', sources: ['contractors'], destinations: ['apps-subnet'] })
    .dns('app.corp.example', ['10.20.0.4']);

describe('networkMixesDomainAndIp', () => {
  it('needs an enabled domain and an enabled host or subnet', () => {
    expect(networkMixesDomainAndIp([{ type: 'domain' }, { type: 'subnet' }])).toBe(true);
    expect(networkMixesDomainAndIp([{ type: 'domain' }, { type: 'host' }])).toBe(true);
    expect(networkMixesDomainAndIp([{ type: 'domain' }, { type: 'domain' }])).toBe(false);
    expect(networkMixesDomainAndIp([{ type: 'domain' }, { type: 'host', enabled: false }])).toBe(false);
    expect(networkMixesDomainAndIp([])).toBe(false);
  });
});

describe('domain-and-ip-resources-mixed', () => {
  it('is raised for a network holding a domain and an IP resource', () => {
    const [f, ...rest] = findingsOf(build(cleanAccount(), appsSubnet), 'domain-and-ip-resources-mixed');
    expect(rest).toEqual([]);
    expect(f?.severity).toBe('warning');
    expect(f?.message).toMatch(/^Network "Corp apps" mixes domain resources \(app\.corp\.example and \*\.internal\.example\) with IP resources \(10\.20\.0\.0\/16\)/);
    expect(f?.refs[0]).toEqual({ type: 'network', id: 'apps' });
    expect(f?.refs).toContainEqual({ type: 'resource', id: 'apps-subnet' });
  });

  it('is not raised when the IP resource goes into an IP-only network', () => {
    const s = build(cleanAccount(), addResource('office', { id: 'apps-subnet', address: '10.20.0.0/16', groups: ['apps-subnet'] }));
    expect(findingsOf(s, 'domain-and-ip-resources-mixed')).toEqual([]);
  });
});

describe('domain-resource-leak', () => {
  it('is raised when the domain resolves into an IP resource someone else may reach, naming them', () => {
    const [f, ...rest] = findingsOf(build(leaking(), appsSubnet), 'domain-resource-leak');
    expect(rest).toEqual([]);
    expect(f?.severity).toBe('error');
    expect(f?.message).toBe(
      'Domain resource "App" (app.corp.example) resolves to 10.20.0.4, inside resource "Apps subnet" (10.20.0.0/16) of the same network "Corp apps". The routing peer filters by destination IP, so contractors, allowed to 10.20.0.0/16, also reaches app.corp.example although no policy on the domain resource allows it. Put the domain resource in a dedicated network with its own routing peers.',
    );
    expect(f?.refs).toEqual([
      { type: 'resource', id: 'app' },
      { type: 'resource', id: 'apps-subnet' },
      { type: 'network', id: 'apps' },
      { type: 'group', id: 'contractors' },
    ]);
  });

  it('is not raised when everyone allowed to the range is also allowed to the domain', () => {
    const s = build(leaking().policy('Contractors to apps', { id: 'pol-c-apps', sources: ['contractors'], destinations: ['apps'] }), appsSubnet);
    expect(findingsOf(s, 'domain-resource-leak')).toEqual([]);
    expect(findingsOf(s, 'domain-and-ip-resources-mixed')).toHaveLength(1);
  });

  it('is not raised when the domain resolves outside the IP resource', () => {
    const s = build(leaking().dns('app.corp.example', ['10.99.0.4']), appsSubnet);
    expect(findingsOf(s, 'domain-resource-leak')).toEqual([]);
  });

  it('follows a wildcard resource through the lab names it covers', () => {
    const s = build(leaking().dns('wiki.internal.example', ['10.20.1.1']).dns('app.corp.example', ['192.0.2.1']), appsSubnet);
    const [f] = findingsOf(s, 'domain-resource-leak');
    expect(f?.message).toContain('Domain resource "Internal sites" (*.internal.example) resolves to wiki.internal.example → 10.20.1.1');
    expect(lintNetworkResources(indexOf(s), { type: 'network', id: 'office' })).toEqual([]);
    expect(lintNetworkResources(indexOf(s), 'apps').map((f) => f.code)).toEqual(['domain-and-ip-resources-mixed', 'domain-resource-leak']);
  });
});
