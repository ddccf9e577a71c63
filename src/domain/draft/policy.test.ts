import { describe, expect, it } from 'vitest';
import { snapshotBuilder } from '@/domain/testing/snapshot-builder';
import { DRAFT_POLICY_ID, applyPolicyDraft, clonePolicyDraft, policyRequestFromStored, type PolicyRequestDraft, type StoredPolicy } from './policy';

const stored: StoredPolicy = {
  id: 'p1',
  name: 'Web',
  description: 'web access',
  enabled: true,
  source_posture_checks: ['pc-1'],
  rules: [
    {
      id: 'r1',
      name: 'HTTPS',
      description: 'tls',
      enabled: true,
      action: 'accept',
      bidirectional: false,
      protocol: 'tcp',
      ports: ['443'],
      port_ranges: [],
      sources: [{ id: 'eng', name: 'Engineers' }],
      destinations: [],
      destinationResource: { id: 'res-1', type: 'host' },
      authorized_groups: { eng: ['root'] },
    },
  ],
};

describe('policyRequestFromStored', () => {
  it('turns expanded groups into ids, keeps rule ids, and drops empty lists to null', () => {
    const request = policyRequestFromStored(stored);
    expect(request).toEqual({
      name: 'Web',
      description: 'web access',
      enabled: true,
      source_posture_checks: ['pc-1'],
      rules: [
        {
          id: 'r1',
          name: 'HTTPS',
          description: 'tls',
          enabled: true,
          action: 'accept',
          bidirectional: false,
          protocol: 'tcp',
          ports: ['443'],
          port_ranges: null,
          sources: ['eng'],
          destinations: [],
          sourceResource: null,
          destinationResource: { id: 'res-1', type: 'host' },
          authorized_groups: { eng: ['root'] },
        },
      ],
    });
  });
});

describe('clonePolicyDraft', () => {
  it('names the copy and drops rule ids', () => {
    const copy = clonePolicyDraft(stored);
    expect(copy.name).toBe('Copy of Web');
    expect(copy.rules[0]).not.toHaveProperty('id');
    expect(copy.rules[0]?.destinationResource).toEqual({ id: 'res-1', type: 'host' });
  });
});

describe('applyPolicyDraft', () => {
  const snapshot = snapshotBuilder()
    .peer('alice', { groups: ['engineers'] })
    .policy('Existing', { id: 'pol-1', sources: ['engineers'], destinations: ['engineers'] })
    .build();
  const draft: PolicyRequestDraft = {
    name: 'Mesh',
    description: '',
    enabled: true,
    source_posture_checks: [],
    rules: [
      {
        name: 'all',
        description: '',
        enabled: true,
        action: 'accept',
        bidirectional: true,
        protocol: 'all',
        ports: null,
        port_ranges: null,
        sources: ['engineers', 'ghost'],
        destinations: ['engineers'],
        sourceResource: null,
        destinationResource: null,
      },
    ],
  };

  it('adds a new policy under the draft id with groups expanded', () => {
    const after = applyPolicyDraft(snapshot, null, draft);
    expect(after.policies).toHaveLength(2);
    const added = after.policies.find((p) => p.id === DRAFT_POLICY_ID);
    expect(added?.rules[0]?.sources).toEqual([{ id: 'engineers', name: 'engineers' }, { id: 'ghost' }]);
    expect(snapshot.policies).toHaveLength(1);
  });

  it('replaces the policy being edited', () => {
    const after = applyPolicyDraft(snapshot, 'pol-1', { ...draft, enabled: false });
    expect(after.policies).toHaveLength(1);
    expect(after.policies[0]).toMatchObject({ id: 'pol-1', name: 'Mesh', enabled: false });
  });
});
