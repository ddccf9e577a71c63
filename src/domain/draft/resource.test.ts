import { describe, expect, it } from 'vitest';
import { buildAccountIndex } from '@/domain/account';
import { snapshotBuilder } from '@/domain/testing/snapshot-builder';
import { applyResourceDraft, DRAFT_RESOURCE_ID, withoutResource } from './resource';

const base = () =>
  snapshotBuilder()
    .peer('alice', { groups: ['engineers'] })
    .network('a', { resources: [{ id: 'r1', name: 'R1', address: '10.0.0.0/16', groups: ['g1'] }] })
    .network('b', {})
    .group('g2')
    .policy('To R1', { sources: ['engineers'], destinationResource: 'r1' })
    .build();

describe('applyResourceDraft', () => {
  it('adds a new resource with its classified type, stored address and groups on both sides', () => {
    const s = applyResourceDraft(base(), 'b', { name: 'Host', address: '10.1.2.3', enabled: true, groups: ['g2'] });
    const index = buildAccountIndex(s);
    const r = index.resources.get(DRAFT_RESOURCE_ID);
    expect(r).toMatchObject({ type: 'host', address: '10.1.2.3/32', network_id: 'b' });
    expect(s.groups.find((g) => g.id === 'g2')?.resources).toEqual([{ id: DRAFT_RESOURCE_ID, type: 'host' }]);
    expect([...(index.groupResources.get('g2') ?? [])]).toEqual([DRAFT_RESOURCE_ID]);
  });

  it('moves an edited resource between networks and groups', () => {
    const s = applyResourceDraft(base(), 'b', { id: 'r1', name: 'R1', address: 'app.example', enabled: true, groups: ['g2'] });
    expect(s.network_resources['a']).toEqual([]);
    expect(s.network_resources['b']?.[0]).toMatchObject({ id: 'r1', type: 'domain' });
    expect(s.groups.find((g) => g.id === 'g1')?.resources).toEqual([]);
  });

  it('leaves the snapshot alone for an address that does not classify', () => {
    const s0 = base();
    expect(applyResourceDraft(s0, 'b', { name: 'X', address: 'no such thing', enabled: true, groups: [] })).toBe(s0);
  });
});

describe('withoutResource', () => {
  it('removes the resource from its network, groups and policy rules', () => {
    const s = withoutResource(base(), 'r1');
    expect(s.network_resources['a']).toEqual([]);
    expect(s.groups.find((g) => g.id === 'g1')?.resources).toEqual([]);
    expect(s.policies[0]?.rules[0]?.destinationResource).toBeNull();
  });
});
