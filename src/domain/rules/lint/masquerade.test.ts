import { describe, expect, it } from 'vitest';
import { lintMasquerade, masqueradeOffAllowed, returnRouteAdvice } from './masquerade';
import { isLinuxPeer, peerOsFamily } from './peer-os';
import { build, cleanAccount, findingsOf, indexOf, patchPeer, patchRoute, patchRouter } from './testing/lint-fixtures';

const linux = { id: 'gw', name: 'gw', os: 'Ubuntu 24.04' };
const mac = { id: 'mac', name: 'mac-1', os: 'Darwin 14.5' };

describe('peerOsFamily', () => {
  it('recognises Linux distributions and the other platforms by word', () => {
    for (const os of ['linux', 'Linux 6.8', 'Ubuntu 24.04.1 LTS', 'Debian GNU/Linux 12', 'Alpine Linux 3.20', 'Fedora Linux 40', 'Talos']) expect(peerOsFamily({ os })).toBe('linux');
    for (const os of ['Darwin 14.5', 'Windows 11 Pro', 'android', 'iOS 17.4', 'FreeBSD 14.1', 'tvOS 17']) expect(peerOsFamily({ os })).toBe('other');
    expect(peerOsFamily({ os: '' })).toBe('unknown');
    expect(isLinuxPeer({ os: 'Ubuntu 22.04' })).toBe(true);
    expect(isLinuxPeer({ os: 'android' })).toBe(false);
  });
});

describe('masqueradeOffAllowed', () => {
  it('refuses a non-Linux routing peer, naming it', () => {
    expect(masqueradeOffAllowed({ ownPeers: [linux, mac], servingPeerCount: 1 })).toEqual({
      allowed: false,
      code: 'masquerade-off-non-linux',
      reason: 'Masquerade can only be turned off on Linux routing peers: mac-1 runs Darwin 14.5',
    });
  });

  it('refuses when two routing peers serve the destination, and allows one Linux peer', () => {
    expect(masqueradeOffAllowed({ ownPeers: [linux], servingPeerCount: 2 })).toMatchObject({ allowed: false, code: 'masquerade-off-breaks-ha' });
    expect(masqueradeOffAllowed({ ownPeers: [linux], servingPeerCount: 1 })).toEqual({ allowed: true, reason: null });
  });

  it('words the return route with the LAN address when known', () => {
    expect(returnRouteAdvice('100.64.0.0/10', [{ name: 'gw-1', lanIp: '10.10.0.2' }])).toBe(
      'the destination network needs a return route for the NetBird range 100.64.0.0/10 via gw-1 (LAN address 10.10.0.2), or replies never come back',
    );
  });
});

describe('masquerade-off-non-linux', () => {
  it('is raised for a router whose peer runs Windows, with a fix', () => {
    const s = build(cleanAccount(), patchPeer('apps-gw', { os: 'Windows Server 2022' }), patchRouter('apps', 'apps-router', { masquerade: false }));
    const [f, ...rest] = findingsOf(s, 'masquerade-off-non-linux');
    expect(rest).toEqual([]);
    expect(f?.severity).toBe('error');
    expect(f?.message).toBe(
      'Masquerade is off on the router apps-gw of network "Corp apps". Masquerade can only be turned off on Linux routing peers: apps-gw runs Windows Server 2022; turn masquerade back on.',
    );
    expect(f?.refs).toEqual([
      { type: 'router', id: 'apps-router' },
      { type: 'network', id: 'apps' },
      { type: 'peer', id: 'apps-gw' },
    ]);
    expect(f?.fix).toEqual({ kind: 'set-router-masquerade', networkId: 'apps', routerId: 'apps-router', value: true });
  });

  it('is not raised for the same router on Linux', () => {
    const s = build(cleanAccount(), patchRouter('apps', 'apps-router', { masquerade: false }));
    expect(findingsOf(s, 'masquerade-off-non-linux')).toEqual([]);
  });

  it('is raised for a route whose peer group holds a Mac', () => {
    const s = build(cleanAccount().peer('mac-gw', { groups: ['branch-routers'], os: 'Darwin 14.5' }), patchRoute('branch-route', { masquerade: false, peer: undefined, peer_groups: ['branch-routers'] }));
    const [f] = findingsOf(s, 'masquerade-off-non-linux');
    expect(f?.message).toContain('mac-gw runs Darwin 14.5');
    expect(f?.fix).toEqual({ kind: 'set-route-masquerade', routeId: 'branch-route', value: true });
  });
});

describe('masquerade-off-breaks-ha', () => {
  it('is raised when two routing peers serve the network', () => {
    const s = build(cleanAccount(), patchRouter('office', 'office-router', { masquerade: false }));
    const [f, ...rest] = findingsOf(s, 'masquerade-off-breaks-ha');
    expect(rest).toEqual([]);
    expect(f?.severity).toBe('error');
    expect(f?.message).toMatch(/^Masquerade is off on the router for peer group "office-routers" of network "Office", and network "Office" is served by gw-1 and gw-2\. High availability stops working/);
    expect(f?.fix).toBeUndefined();
  });

  it('is not raised when one routing peer serves the network', () => {
    const s = build(cleanAccount(), patchRouter('office', 'office-router', { masquerade: false, peer_groups: null, peer: 'gw-1' }));
    expect(findingsOf(s, 'masquerade-off-breaks-ha')).toEqual([]);
  });

  it('is raised for an HA route set of two routes with different peers', () => {
    const b = cleanAccount()
      .peer('dc-a', { groups: ['dc'] })
      .peer('dc-b', { groups: ['dc'] })
      .route('dc', { id: 'dc-a-route', network: '10.30.0.0/16', peer: 'dc-a', groups: ['engineers'], acl: ['dc'], masquerade: false })
      .route('dc', { id: 'dc-b-route', network: '10.30.0.0/16', peer: 'dc-b', groups: ['engineers'], acl: ['dc'], metric: 200 });
    expect(findingsOf(build(b), 'masquerade-off-breaks-ha').map((f) => f.refs[0])).toEqual([{ type: 'route', id: 'dc-a-route' }]);
    expect(findingsOf(build(b, patchRoute('dc-b-route', { network: '10.31.0.0/16' })), 'masquerade-off-breaks-ha')).toEqual([]);
  });
});

describe('masquerade-off-needs-return-route', () => {
  it('is raised as info for every router or route with masquerade off, naming the NetBird range and the LAN address', () => {
    const s = build(cleanAccount(), patchRoute('branch-route', { masquerade: false }));
    const [f, ...rest] = findingsOf(s, 'masquerade-off-needs-return-route');
    expect(rest).toEqual([]);
    expect(f?.severity).toBe('info');
    expect(f?.message).toBe(
      'Masquerade is off on route "branch" (192.168.50.0/24), so NetBird peers keep their overlay addresses: the destination network needs a return route for the NetBird range 100.64.0.0/10 via branch-gw\'s LAN address, or replies never come back.',
    );
    const office = build(cleanAccount(), patchRouter('office', 'office-router', { masquerade: false, peer_groups: null, peer: 'gw-1' }), (x) => {
      x.account.settings.network_range = '100.70.0.0/16';
    });
    expect(lintMasquerade(indexOf(office), { type: 'network', id: 'office' }).find((x) => x.code === 'masquerade-off-needs-return-route')?.message).toContain(
      'return route for the NetBird range 100.70.0.0/16 via gw-1 (LAN address 10.10.0.2)',
    );
  });

  it('is not raised with masquerade on, or on a disabled router', () => {
    expect(findingsOf(build(cleanAccount()), 'masquerade-off-needs-return-route')).toEqual([]);
    expect(findingsOf(build(cleanAccount(), patchRouter('apps', 'apps-router', { masquerade: false, enabled: false })), 'masquerade-off-needs-return-route')).toEqual([]);
  });
});
