import { describe, expect, it } from 'vitest';
import { buildRefLookup } from './ref-lookup';

describe('buildRefLookup', () => {
  it('answers from the given lists', () => {
    const refs = buildRefLookup([{ id: 'g1', name: 'Developers' }], [{ id: 'p1' }], [{ id: 'n1' }]);
    expect(refs.hasGroup('g1')).toBe(true);
    expect(refs.hasGroup('g2')).toBe(false);
    expect(refs.hasPeer('p1')).toBe(true);
    expect(refs.hasPeer('p2')).toBe(false);
    expect(refs.hasNetwork?.('n1')).toBe(true);
    expect(refs.hasNetwork?.('n2')).toBe(false);
    expect(refs.groupName?.('g1')).toBe('Developers');
    expect(refs.groupName?.('g2')).toBeUndefined();
  });
});
