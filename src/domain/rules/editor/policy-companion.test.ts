import { describe, expect, it } from 'vitest';
import { buildAccountIndex } from '@/domain/account';
import { applyPolicyDraft } from '@/domain/draft/policy';
import { validatePolicy } from '../validate/policy';
import { lintInputChain } from '../lint/input-chain';
import { build, cleanAccount, indexOf, patchPolicy } from '../lint/testing/lint-fixtures';
import { companionInputPolicy, companionOffer } from './policy-companion';

const noSsh = build(cleanAccount(), patchPolicy('pol-office-ssh', { enabled: false }));
const index = indexOf(noSsh);

describe('companionOffer', () => {
  it('targets the peer groups of the network whose resources are the destination', () => {
    expect(companionOffer(index, { destinations: ['office'] })).toEqual({
      offered: true,
      target: { networkIds: ['office'], peerGroups: ['office-routers'], peers: [] },
    });
  });

  it('targets a router’s single peer when it names one', () => {
    expect(companionOffer(index, { destinationResource: { id: 'app', type: 'domain' } })).toEqual({
      offered: true,
      target: { networkIds: ['apps'], peerGroups: [], peers: ['apps-gw'] },
    });
  });

  it('is not offered for peer destinations or networks without routing peers', () => {
    const peers = companionOffer(index, { destinations: ['engineers'] });
    expect(peers).toMatchObject({ offered: false, why: 'no-resources' });
    expect(peers.offered ? '' : peers.reason).toContain('already reaches the peers themselves');
    const bare = indexOf(build(cleanAccount().network('empty', { name: 'Empty', resources: [{ id: 'x', address: '10.99.0.0/16', groups: ['x'] }] })));
    const none = companionOffer(bare, { destinations: ['x'] });
    expect(none.offered ? '' : none.reason).toBe('network "Empty" has no enabled routing peer yet.');
  });
});

describe('companionInputPolicy', () => {
  it('builds the docs’ Grafana + SSH policy, which the server accepts and which clears the input-chain finding', () => {
    const offer = companionOffer(index, { destinations: ['office'] });
    if (!offer.offered) throw new Error('expected an offer');
    const policy = companionInputPolicy(index, { policyName: 'Engineers to office', sources: ['engineers'], sourceResource: null }, offer.target, {
      protocol: 'tcp',
      ports: ['22', '3000'],
    });
    expect(policy.name).toBe('Engineers to office (routing peers)');
    expect(policy.rules).toEqual([
      expect.objectContaining({ protocol: 'tcp', ports: ['22', '3000'], sources: ['engineers'], destinations: ['office-routers'], destinationResource: null, bidirectional: false }),
    ]);
    const refs = { hasGroup: (id: string) => index.groups.has(id), hasPeer: (id: string) => index.peers.has(id), hasResource: (id: string) => index.resources.has(id) };
    expect(validatePolicy(policy, refs)).toEqual([]);
    expect(lintInputChain(index)).not.toEqual([]);
    expect(lintInputChain(buildAccountIndex(applyPolicyDraft(noSsh, null, policy)))).toEqual([]);
  });

  it('writes one rule per single routing peer', () => {
    const offer = companionOffer(index, { destinations: ['apps'] });
    if (!offer.offered) throw new Error('expected an offer');
    const policy = companionInputPolicy(index, { policyName: 'Apps', sources: ['engineers'], sourceResource: null }, offer.target, { protocol: 'icmp', ports: [] });
    expect(policy.rules).toEqual([expect.objectContaining({ name: 'Services on apps-gw', destinations: [], destinationResource: { id: 'apps-gw', type: 'peer' }, ports: null })]);
  });
});
