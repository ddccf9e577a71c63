import { describe, expect, it } from 'vitest';
import { ruleDirection } from './rule-direction';

const peers = { peers_count: 3, resources_count: 0 };
const resources = { peers_count: 0, resources_count: 2 };

describe('ruleDirection', () => {
  it('is one-way towards a single resource even when marked bidirectional', () => {
    const d = ruleDirection({ bidirectional: true, destinationResource: { id: 'r', type: 'domain' }, destinations: [] });
    expect(d.kind).toBe('resource-one-way');
    expect(d.text).toBe('One-way (resource destinations have no agent and cannot open connections back)');
  });

  it('is one-way towards groups that hold only resources', () => {
    expect(ruleDirection({ bidirectional: true, destinations: [resources] }).kind).toBe('resource-one-way');
  });

  it('follows the flag between peers', () => {
    expect(ruleDirection({ bidirectional: true, destinations: [peers] }).kind).toBe('both-ways');
    expect(ruleDirection({ bidirectional: false, destinations: [peers] }).kind).toBe('one-way');
    expect(ruleDirection({ bidirectional: true, destinationResource: { id: 'p', type: 'peer' } }).kind).toBe('both-ways');
  });

  it('says both for destinations mixing peers and resources', () => {
    expect(ruleDirection({ bidirectional: true, destinations: [peers, resources] }).kind).toBe('mixed');
  });

  it('treats an empty destination group as peers-only (nothing to force)', () => {
    expect(ruleDirection({ bidirectional: true, destinations: [{ peers_count: 0, resources_count: 0 }] }).kind).toBe('both-ways');
  });
});
