import { describe, expect, it } from 'vitest';
import { buildAccountIndex, peersOfGroup } from '@/domain/account';
import type { Snapshot } from '@/domain/snapshot';
import { snapshotBuilder } from '@/domain/testing/snapshot-builder';
import { DRAFT_GROUP_ID, applyGroupDraft } from './group';

const snapshot = snapshotBuilder()
  .peer('gw-1', { groups: ['routers'] })
  .peer('gw-2', { groups: ['routers'] })
  .peer('alice')
  .network('office', { resources: [{ id: 'lan', address: '10.0.0.0/16', groups: ['office'] }] })
  .build();

describe('applyGroupDraft', () => {
  it('removes a member on both sides, so analysis no longer counts it', () => {
    const after = applyGroupDraft(snapshot, 'routers', { name: 'routers', peers: ['gw-1'], resources: [] });
    const index = buildAccountIndex(after);
    expect([...peersOfGroup(index, 'routers')]).toEqual(['gw-1']);
    expect(after.peers.find((p) => p.id === 'gw-2')?.groups).toEqual([]);
  });

  it('adds peers and resources, renaming the group where it is shown', () => {
    const after = applyGroupDraft(snapshot, 'office', { name: 'Office stuff', peers: ['alice'], resources: [{ id: 'lan', type: 'subnet' }] });
    const index = buildAccountIndex(after);
    expect([...peersOfGroup(index, 'office')]).toEqual(['alice']);
    expect([...(index.groupResources.get('office') ?? [])]).toEqual(['lan']);
    expect(after.peers.find((p) => p.id === 'alice')?.groups).toEqual([{ id: 'office', name: 'Office stuff' }]);
  });

  it('creates a new group under the draft id', () => {
    const after = applyGroupDraft(snapshot, null, { name: 'new', peers: ['alice'], resources: [{ id: 'lan', type: 'subnet' }] });
    const index = buildAccountIndex(after);
    expect(index.groups.get(DRAFT_GROUP_ID)?.name).toBe('new');
    expect([...(index.resourceGroups.get('lan') ?? [])].sort()).toEqual([DRAFT_GROUP_ID, 'office'].sort());
    expect(snapshot.groups.some((g) => g.id === DRAFT_GROUP_ID)).toBe(false);
  });

  describe('keeps unchanged objects by identity', () => {
    const big = snapshotBuilder()
      .peer('gw-1', { groups: ['routers'] })
      .peer('gw-2', { groups: ['routers'] })
      .peer('alice', { groups: ['staff'] })
      .peer('bob')
      .network('office', { resources: [{ id: 'lan', address: '10.0.0.0/16', groups: ['office'] }] })
      .network('lab', { resources: [{ id: 'bench', address: '10.9.0.0/24', groups: ['lab'] }] })
      .build();
    const peer = (s: Snapshot, id: string) => s.peers.find((p) => p.id === id);

    it('recreates only the peers whose membership changes', () => {
      const after = applyGroupDraft(big, 'routers', { name: 'routers', peers: ['gw-1', 'bob'], resources: [] });
      expect(peer(after, 'gw-1')).toBe(peer(big, 'gw-1'));
      expect(peer(after, 'alice')).toBe(peer(big, 'alice'));
      expect(peer(after, 'gw-2')).not.toBe(peer(big, 'gw-2'));
      expect(peer(after, 'gw-2')?.groups).toEqual([]);
      expect(peer(after, 'bob')).not.toBe(peer(big, 'bob'));
      expect(peer(after, 'bob')?.groups).toEqual([{ id: 'routers', name: 'routers' }]);
      // No resource changed: the whole resource map is the account's own.
      expect(after.network_resources).toBe(big.network_resources);
      expect(big.groups.find((g) => g.id === 'staff')).toBe(after.groups.find((g) => g.id === 'staff'));
    });

    it('keeps the peer list and untouched resource lists when only resources change', () => {
      const after = applyGroupDraft(big, 'office', { name: 'office', peers: [], resources: [{ id: 'bench', type: 'subnet' }] });
      expect(after.peers).toBe(big.peers);
      const lan = after.network_resources['office']?.[0];
      const bench = after.network_resources['lab']?.[0];
      expect(lan).not.toBe(big.network_resources['office']?.[0]);
      expect(lan?.groups).toEqual([]);
      expect(bench).not.toBe(big.network_resources['lab']?.[0]);
      expect(bench?.groups.map((g) => g.id).sort()).toEqual(['lab', 'office']);
    });

    it('leaves a resource list alone when none of its resources change', () => {
      const after = applyGroupDraft(big, 'routers', { name: 'routers', peers: ['gw-1'], resources: [{ id: 'bench', type: 'subnet' }] });
      expect(after.network_resources['office']).toBe(big.network_resources['office']);
      expect(after.network_resources['lab']).not.toBe(big.network_resources['lab']);
    });

    it('recreates every member when the group is renamed, since they show its name', () => {
      const after = applyGroupDraft(big, 'routers', { name: 'gateways', peers: ['gw-1', 'gw-2'], resources: [] });
      expect(peer(after, 'gw-1')).not.toBe(peer(big, 'gw-1'));
      expect(peer(after, 'gw-1')?.groups).toEqual([{ id: 'routers', name: 'gateways' }]);
      expect(peer(after, 'alice')).toBe(peer(big, 'alice'));
    });

    it('changes nothing but the group when the draft equals the account', () => {
      const after = applyGroupDraft(big, 'routers', { name: 'routers', peers: ['gw-1', 'gw-2'], resources: [] });
      expect(after.peers).toBe(big.peers);
      expect(after.network_resources).toBe(big.network_resources);
    });
  });
});
