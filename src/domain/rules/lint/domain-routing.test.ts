import { describe, expect, it } from 'vitest';
import { lintDomainRouting, needsRoutingPeerDns } from './domain-routing';
import { build, cleanAccount, findingsOf, indexOf, patchSettings } from './testing/lint-fixtures';

describe('needsRoutingPeerDns', () => {
  it('is true for a wildcard address while the setting is off or absent', () => {
    expect(needsRoutingPeerDns('*.corp.example', { routing_peer_dns_resolution_enabled: false })).toBe(true);
    expect(needsRoutingPeerDns('*.corp.example', {})).toBe(true);
    expect(needsRoutingPeerDns('*.corp.example', { routing_peer_dns_resolution_enabled: true })).toBe(false);
    expect(needsRoutingPeerDns('app.corp.example', { routing_peer_dns_resolution_enabled: false })).toBe(false);
    expect(needsRoutingPeerDns('10.0.0.0/8', {})).toBe(false);
  });
});

describe('wildcard-domain-needs-routing-peer-dns', () => {
  it('is raised for a wildcard resource while Routing Peer DNS Resolution is off, with a fix', () => {
    const [f, ...rest] = findingsOf(build(cleanAccount().routingPeerDnsResolution(false)), 'wildcard-domain-needs-routing-peer-dns');
    expect(rest).toEqual([]);
    expect(f?.severity).toBe('error');
    expect(f?.message).toMatch(/^Wildcard domain resource "Internal sites" \(\*\.internal\.example\) of network "Corp apps" needs Routing Peer DNS Resolution, which is off/);
    expect(f?.refs).toEqual([
      { type: 'resource', id: 'internal-web' },
      { type: 'network', id: 'apps' },
      { type: 'account', id: 'acc-test' },
    ]);
    expect(f?.fix).toEqual({ kind: 'enable-routing-peer-dns' });
  });

  it('is raised when the setting is absent, and not when it is on', () => {
    expect(findingsOf(build(cleanAccount(), patchSettings({ routing_peer_dns_resolution_enabled: undefined })), 'wildcard-domain-needs-routing-peer-dns')).toHaveLength(1);
    expect(findingsOf(build(cleanAccount()), 'wildcard-domain-needs-routing-peer-dns')).toEqual([]);
  });
});

describe('wildcard-domain-collision', () => {
  const secondNetwork = (peer: string) =>
    cleanAccount()
      .peer('apps-gw-2', { groups: ['apps-routers-2'] })
      .network('apps-2', { name: 'More apps', routers: [{ id: 'apps-2-router', peer }], resources: [{ id: 'sites-2', address: '*.internal.example', groups: ['apps'] }] });

  it('is raised when two networks serve the same wildcard through different routing peers', () => {
    const [f, ...rest] = findingsOf(build(secondNetwork('apps-gw-2')), 'wildcard-domain-collision');
    expect(rest).toEqual([]);
    expect(f?.severity).toBe('warning');
    expect(f?.message).toMatch(
      /^The wildcard \*\.internal\.example is served by network "Corp apps" \(via apps-gw\) and network "More apps" \(via apps-gw-2\), with different routing peers/,
    );
    expect(f?.refs).toEqual([
      { type: 'resource', id: 'internal-web' },
      { type: 'network', id: 'apps' },
      { type: 'resource', id: 'sites-2' },
      { type: 'network', id: 'apps-2' },
    ]);
  });

  it('is not raised when both networks use the same routing peer', () => {
    expect(findingsOf(build(secondNetwork('apps-gw')), 'wildcard-domain-collision')).toEqual([]);
  });

  it('compares domain routes with network resources, exact names included', () => {
    const viaRoute = (peer: string) => build(cleanAccount().route('app-dns', { id: 'app-route', domains: ['App.Corp.Example'], peer, groups: ['engineers'], acl: ['apps'] }));
    const [f] = findingsOf(viaRoute('branch-gw'), 'wildcard-domain-collision');
    expect(f?.message).toMatch(/^The domain app\.corp\.example is served by network "Corp apps" \(via apps-gw\) and route "app-dns" \(App\.Corp\.Example\) \(via branch-gw\)/);
    expect(findingsOf(viaRoute('apps-gw'), 'wildcard-domain-collision')).toEqual([]);
    expect(lintDomainRouting(indexOf(viaRoute('branch-gw')), { type: 'route', id: 'app-route' })).toHaveLength(1);
  });
});
