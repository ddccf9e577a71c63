import { describe, expect, it } from 'vitest';
import { reversePolicyOffer, ruleReversal, type CountedPolicy } from './policy-reverse';

const peers = (id: string) => ({ id, name: id, peers_count: 2, resources_count: 0 });
const res = (id: string) => ({ id, name: id, peers_count: 0, resources_count: 1 });

const rule = (over: Partial<CountedPolicy['rules'][number]>): CountedPolicy['rules'][number] => ({
  id: 'r',
  name: 'SSH',
  enabled: true,
  action: 'accept',
  bidirectional: false,
  protocol: 'tcp',
  ports: ['22'],
  sources: [peers('admins')],
  destinations: [peers('servers')],
  ...over,
});

const policy = (rules: CountedPolicy['rules']): CountedPolicy => ({ id: 'p', name: 'Admins to servers', enabled: true, source_posture_checks: [], rules });

describe('reversePolicyOffer', () => {
  it('swaps the sides of a peer-to-peer rule and keeps protocol and ports', () => {
    const offer = reversePolicyOffer(policy([rule({})]));
    expect(offer).toMatchObject({ offered: true, skipped: [] });
    if (!offer.offered) return;
    expect(offer.policy.name).toBe('Reverse of Admins to servers');
    expect(offer.policy.rules).toEqual([
      expect.objectContaining({ name: 'SSH (reverse)', sources: ['servers'], destinations: ['admins'], protocol: 'tcp', ports: ['22'] }),
    ]);
    expect(offer.policy.rules[0]).not.toHaveProperty('id');
  });

  it('swaps single peers too', () => {
    const offer = reversePolicyOffer(policy([rule({ sources: [], sourceResource: { id: 'p1', type: 'peer' }, destinations: [], destinationResource: { id: 'p2', type: 'peer' } })]));
    if (!offer.offered) throw new Error('expected an offer');
    expect(offer.policy.rules[0]).toMatchObject({ sourceResource: { id: 'p2', type: 'peer' }, destinationResource: { id: 'p1', type: 'peer' } });
  });

  it('is never offered towards resources, and says why', () => {
    const offer = reversePolicyOffer(policy([rule({ destinations: [], destinationResource: { id: 'lan', type: 'subnet' } })]));
    expect(offer.offered).toBe(false);
    expect(offer.offered ? '' : offer.reason).toBe(
      'Rule "SSH" goes to a network resource: resource destinations have no agent and cannot open connections back, so there is no reverse direction to allow (replies already return through the routing peer).',
    );
    expect(ruleReversal(rule({ destinations: [res('office-lan')] }), 0)).toMatchObject({ reversible: false });
    expect(ruleReversal(rule({ destinations: [peers('a'), res('b')] }), 0)).toMatchObject({ reversible: false });
  });

  it('skips bidirectional rules and reverses the rest', () => {
    const offer = reversePolicyOffer(policy([rule({ name: 'mesh', bidirectional: true }), rule({ name: '' })]));
    if (!offer.offered) throw new Error('expected an offer');
    expect(offer.policy.rules.map((r) => r.name)).toEqual(['Reverse']);
    expect(offer.skipped).toEqual(['Rule "mesh" is already bidirectional: either side may open connections.']);
  });
});
