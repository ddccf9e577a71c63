import { describe, expect, it } from 'vitest';
import { buildAccountIndex, groupsOfPeer, isPeerOnline, peersOfGroup, routingPeerIds } from './account';
import type { Snapshot } from './snapshot';

const snapshot: Snapshot = {
  account: { id: 'a', settings: { peer_login_expiration_enabled: false, peer_login_expiration: 86400 } },
  peers: [
    { id: 'p1', name: 'gw-1', ip: '100.64.0.1', connected: true, os: 'linux', version: '0.60.0', groups: [{ id: 'g-routers' }], login_expiration_enabled: false },
    { id: 'p2', name: 'gw-2', ip: '100.64.0.2', connected: false, os: 'linux', version: '0.60.0', groups: [], login_expiration_enabled: false },
  ],
  groups: [
    { id: 'g-routers', name: 'routers', peers: [{ id: 'p1' }], resources: [] },
    { id: 'g-both', name: 'both', peers: [{ id: 'p1' }, { id: 'p2' }], resources: [{ id: 'r1', type: 'subnet' }] },
  ],
  policies: [],
  routes: [],
  networks: [{ id: 'n1', name: 'Office' }],
  network_resources: { n1: [{ id: 'r1', type: 'subnet', name: 'lan', address: '10.0.0.0/16', enabled: true, groups: [{ id: 'g-res' }] }] },
  network_routers: { n1: [{ id: 'rt1', peer_groups: ['g-routers', 'g-both'], peer: 'p1', metric: 100, masquerade: true, enabled: true }] },
  nameservers: [],
  dns_settings: { disabled_management_groups: [] },
  setup_keys: [],
  lab: { peers: { p2: { online: true } } },
};

describe('buildAccountIndex', () => {
  const index = buildAccountIndex(snapshot);

  it('merges group membership seen from groups, peers and resources', () => {
    expect([...peersOfGroup(index, 'g-both')].sort()).toEqual(['p1', 'p2']);
    expect([...groupsOfPeer(index, 'p1')].sort()).toEqual(['g-both', 'g-routers']);
    expect([...(index.resourceGroups.get('r1') ?? [])].sort()).toEqual(['g-both', 'g-res']);
    expect(index.groupResources.get('g-res')?.has('r1')).toBe(true);
  });

  it('places resources and routers in their network', () => {
    expect(index.resources.get('r1')?.network_id).toBe('n1');
    expect(index.routersOfNetwork.get('n1')?.map((r) => r.id)).toEqual(['rt1']);
  });

  it('counts a routing peer named twice once', () => {
    const router = index.routers.get('rt1');
    expect(router).toBeDefined();
    expect(routingPeerIds(index, router!).sort()).toEqual(['p1', 'p2']);
  });

  it('takes liveness from the lab before the API flag', () => {
    expect(isPeerOnline(index, 'p2')).toBe(true);
    expect(isPeerOnline(index, 'p1')).toBe(true);
    expect(isPeerOnline(index, 'missing')).toBe(false);
  });

  it('finds peers by overlay IP and name', () => {
    expect(index.peerByIp.get('100.64.0.2')?.id).toBe('p2');
    expect(index.peerByName.get('gw-1')?.id).toBe('p1');
  });
});
