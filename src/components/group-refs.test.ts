import { describe, expect, it } from 'vitest';
import { groupRefsFromIds } from './group-refs';

describe('groupRefsFromIds', () => {
  const groups = new Map([['g1', { id: 'g1', name: 'Engineers' }]]);
  it('names known groups and keeps unknown ids visible', () => {
    expect(groupRefsFromIds(['g1', 'gX'], groups)).toEqual([
      { id: 'g1', name: 'Engineers' },
      { id: 'gX', name: 'gX' },
    ]);
  });
  it('treats null and undefined as no groups', () => {
    expect(groupRefsFromIds(null, groups)).toEqual([]);
    expect(groupRefsFromIds(undefined, groups)).toEqual([]);
  });
});
