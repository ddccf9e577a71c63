import { describe, expect, it } from 'vitest';
import { DEFAULT_MATRIX_PARAMS, matrixSearch, readMatrixParams } from './matrix-params';

describe('matrix params', () => {
  it('reads repeated sources, kinds and peers, the text and the view', () => {
    const p = readMatrixParams(new URLSearchParams('source=group:g-eng&source=peer:p1&kind=resource&kind=exit-node&q=tcp%2022&peer=p1&peer=p2&view=grid'));
    expect(p).toEqual({ filter: { sources: ['group:g-eng', 'peer:p1'], kinds: ['resource', 'exit-node'], text: 'tcp 22' }, peers: ['p1', 'p2'], view: 'grid' });
  });

  it('ignores what it does not know and repeated values', () => {
    const p = readMatrixParams(new URLSearchParams('source=nonsense&source=group:a&source=group:a&kind=planet&peer=&view=pie'));
    expect(p).toEqual({ filter: { sources: ['group:a'], kinds: [], text: '' }, peers: [], view: 'list' });
  });

  it('writes a state back to the same state, leaving defaults out', () => {
    expect(matrixSearch(DEFAULT_MATRIX_PARAMS).toString()).toBe('');
    const state = { filter: { sources: ['group:a b'], kinds: ['routing-peer' as const], text: 'x' }, peers: ['p'], view: 'grid' as const };
    const text = matrixSearch(state).toString();
    expect(text).toBe('source=group%3Aa+b&kind=routing-peer&q=x&peer=p&view=grid');
    expect(readMatrixParams(new URLSearchParams(text))).toEqual(state);
  });
});
