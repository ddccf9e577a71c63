import { describe, expect, it } from 'vitest';
import { applyResourceDraft, DRAFT_RESOURCE_ID } from '@/domain/draft/resource';
import { snapshotBuilder } from '@/domain/testing/snapshot-builder';
import { dedicatedDomainNetworkName, resourceMix } from './resource-mix';

const base = () =>
  snapshotBuilder()
    .network('n', { resources: [{ id: 'lan', name: 'LAN', address: '10.20.0.0/16', groups: ['lan'] }] })
    .network('d', { resources: [{ id: 'app', name: 'App', address: 'app.example', groups: ['apps'] }] })
    .build();

describe('resourceMix', () => {
  it('names the IP resources a new domain resource would mix with', () => {
    const after = applyResourceDraft(base(), 'n', { name: 'Wiki', address: 'wiki.example', enabled: true, groups: ['lan'] });
    expect(resourceMix(after, 'n', DRAFT_RESOURCE_ID)).toEqual({ draftIsDomain: true, others: [{ id: 'lan', name: 'LAN', address: '10.20.0.0/16', type: 'subnet' }] });
  });

  it('names the domain resources a new IP resource would mix with', () => {
    const after = applyResourceDraft(base(), 'd', { name: 'Host', address: '10.1.2.3', enabled: true, groups: ['apps'] });
    expect(resourceMix(after, 'd', DRAFT_RESOURCE_ID)?.draftIsDomain).toBe(false);
    expect(resourceMix(after, 'd', DRAFT_RESOURCE_ID)?.others.map((r) => r.id)).toEqual(['app']);
  });

  it('is null for the same kind, a disabled draft, or an unparsable address', () => {
    expect(resourceMix(applyResourceDraft(base(), 'n', { name: 'H', address: '10.9.9.9', enabled: true, groups: [] }), 'n', DRAFT_RESOURCE_ID)).toBeNull();
    expect(resourceMix(applyResourceDraft(base(), 'n', { name: 'W', address: 'w.example', enabled: false, groups: [] }), 'n', DRAFT_RESOURCE_ID)).toBeNull();
    expect(resourceMix(applyResourceDraft(base(), 'n', { name: 'X', address: 'not an address', enabled: true, groups: [] }), 'n', DRAFT_RESOURCE_ID)).toBeNull();
  });

  it('names the dedicated network', () => {
    expect(dedicatedDomainNetworkName('Corp apps')).toBe('Corp apps (domains)');
  });
});
