import { describe, expect, it } from 'vitest';
import { BIDIRECTIONAL_DISABLED_REASON, MIXED_DESTINATION_NOTE, bidirectionalVerdict } from './policy-bidirectional';

const peers = { peers_count: 2, resources_count: 0 };
const resources = { peers_count: 0, resources_count: 1 };
const both = { peers_count: 1, resources_count: 1 };

describe('bidirectionalVerdict', () => {
  it('forces one-way for a single network resource, with the reason', () => {
    const v = bidirectionalVerdict({ destinationResource: { id: 'r', type: 'subnet' }, destinations: [] });
    expect(v).toEqual({ kind: 'forced-one-way', reason: BIDIRECTIONAL_DISABLED_REASON });
    expect(BIDIRECTIONAL_DISABLED_REASON).toContain('no agent and cannot open connections back');
  });

  it('forces one-way for groups that hold only resources', () => {
    expect(bidirectionalVerdict({ destinations: [resources, resources] }).kind).toBe('forced-one-way');
  });

  it('allows it for peers, a single peer and empty groups', () => {
    expect(bidirectionalVerdict({ destinations: [peers] })).toEqual({ kind: 'allowed' });
    expect(bidirectionalVerdict({ destinationResource: { id: 'p', type: 'peer' } })).toEqual({ kind: 'allowed' });
    expect(bidirectionalVerdict({ destinations: [{ peers_count: 0, resources_count: 0 }] })).toEqual({ kind: 'allowed' });
  });

  it('allows it with a note when destination groups mix peers and resources', () => {
    expect(bidirectionalVerdict({ destinations: [peers, resources] })).toEqual({ kind: 'allowed-mixed', note: MIXED_DESTINATION_NOTE });
    expect(bidirectionalVerdict({ destinations: [both] }).kind).toBe('allowed-mixed');
  });
});
