import { describe, expect, it } from 'vitest';
import { buildAccountIndex, peersOfGroup } from '@/domain/account';
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
});
