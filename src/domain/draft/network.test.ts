import { describe, expect, it } from 'vitest';
import { snapshotBuilder } from '@/domain/testing/snapshot-builder';
import { applyNetworkDraft, DRAFT_NETWORK_ID, withoutNetwork } from './network';

const base = () =>
  snapshotBuilder()
    .peer('gw', {})
    .peer('alice', { groups: ['engineers'] })
    .network('n', { name: 'Office', routers: [{ peer: 'gw' }], resources: [{ id: 'lan', address: '10.0.0.0/16', groups: ['lan'] }] })
    .policy('To LAN', { sources: ['engineers'], destinationResource: 'lan' })
    .build();

describe('applyNetworkDraft', () => {
  it('creates an empty network or renames one, keeping its parts', () => {
    const created = applyNetworkDraft(base(), { name: 'New' });
    expect(created.networks.map((n) => n.id)).toEqual(['n', DRAFT_NETWORK_ID]);
    expect(created.network_resources[DRAFT_NETWORK_ID]).toEqual([]);
    const renamed = applyNetworkDraft(base(), { id: 'n', name: 'HQ' });
    expect(renamed.networks[0]?.name).toBe('HQ');
    expect(renamed.network_resources['n']).toHaveLength(1);
  });
});

describe('withoutNetwork', () => {
  it('deletes the network with its resources, routers and their references', () => {
    const s = withoutNetwork(base(), 'n');
    expect(s.networks).toEqual([]);
    expect(s.network_resources['n']).toBeUndefined();
    expect(s.network_routers['n']).toBeUndefined();
    expect(s.groups.find((g) => g.id === 'lan')?.resources).toEqual([]);
    expect(s.policies[0]?.rules[0]?.destinationResource).toBeNull();
  });
});
