import { describe, expect, it } from 'vitest';
import { lintRoutingPeerPresence } from './routing-peer-presence';
import { addRouter, build, cleanAccount, findingsOf, indexOf, patchLab, patchPeer, patchRouter } from './testing/lint-fixtures';

describe('network-without-routing-peer', () => {
  it('is raised when the only router is disabled, with a fix that enables it', () => {
    const [f, ...rest] = findingsOf(build(cleanAccount(), patchRouter('apps', 'apps-router', { enabled: false })), 'network-without-routing-peer');
    expect(rest).toEqual([]);
    expect(f?.severity).toBe('error');
    expect(f?.message).toBe(
      'Network "Corp apps" has 2 enabled resources (resource "App" (app.corp.example) and resource "Internal sites" (*.internal.example)) but no routing peer to carry traffic: its 1 router is disabled. Nobody can reach these resources.',
    );
    expect(f?.fix).toEqual({ kind: 'enable-router', networkId: 'apps', routerId: 'apps-router' });
  });

  it('is raised without a fix when the enabled router names an empty group', () => {
    const s = build(cleanAccount().group('nobody'), patchRouter('apps', 'apps-router', { peer: undefined, peer_groups: ['nobody'] }));
    const [f] = findingsOf(s, 'network-without-routing-peer');
    expect(f?.message).toContain('its enabled routers name peer groups without peers');
    expect(f?.fix).toBeUndefined();
  });

  it('is not raised when a second, enabled router remains, or when the resources are disabled', () => {
    expect(findingsOf(build(cleanAccount(), patchRouter('apps', 'apps-router', { enabled: false }), addRouter('apps', { id: 'r2', peer: 'branch-gw' })), 'network-without-routing-peer')).toEqual([]);
    const noResources = cleanAccount().network('empty', { name: 'Empty', resources: [{ id: 'old', address: '10.77.0.0/16', groups: ['office'], enabled: false }] });
    expect(findingsOf(build(noResources), 'network-without-routing-peer')).toEqual([]);
  });
});

describe('routing-peers-offline', () => {
  it('is raised when every routing peer of a network is disconnected', () => {
    const s = build(cleanAccount(), patchPeer('gw-1', { connected: false }), patchLab('gw-2', { online: false }));
    const [f, ...rest] = findingsOf(s, 'routing-peers-offline');
    expect(rest).toEqual([]);
    expect(f?.severity).toBe('warning');
    expect(f?.message).toBe('Network "Office": every routing peer (gw-1 and gw-2) is disconnected, so clients cannot reach its resources until one comes back.');
  });

  it('is not raised while one routing peer is online (the lab overrides the API flag)', () => {
    expect(findingsOf(build(cleanAccount(), patchPeer('gw-1', { connected: false })), 'routing-peers-offline')).toEqual([]);
    expect(findingsOf(build(cleanAccount(), patchPeer('gw-1', { connected: false }), patchPeer('gw-2', { connected: false }), patchLab('gw-2', { online: true })), 'routing-peers-offline')).toEqual([]);
  });

  it('is raised for a legacy route and an exit node', () => {
    const s = build(cleanAccount(), patchPeer('branch-gw', { connected: false }), patchLab('exit-1', { online: false }));
    const index = indexOf(s);
    expect(lintRoutingPeerPresence(index).map((f) => f.message)).toEqual([
      'Route "branch" (192.168.50.0/24): its only routing peer, branch-gw, is disconnected, so clients cannot reach its destination until one comes back.',
      'Exit node "eu-exit" (0.0.0.0/0): its only routing peer, exit-1, is disconnected, so clients cannot reach the internet through it until one comes back.',
    ]);
    expect(lintRoutingPeerPresence(index, { type: 'network', id: 'office' })).toEqual([]);
  });
});
