import { describe, expect, it } from 'vitest';
import { filterDescription } from './filter-description';
import { DEFAULT_MATRIX_PARAMS } from './matrix-params';

describe('filterDescription', () => {
  const sources = [
    { type: 'group' as const, id: 'g-eng', name: 'Engineers' },
    { type: 'peer' as const, id: 'p-a', name: 'alice' },
  ];
  const peers = [{ id: 'p-a', name: 'alice' }];

  it('is null for the whole matrix', () => {
    expect(filterDescription(DEFAULT_MATRIX_PARAMS, sources, peers)).toBeNull();
  });

  it('names sources, types, search and peer rows', () => {
    const text = filterDescription(
      { filter: { sources: ['group:g-eng', 'peer:p-a', 'group:gone'], kinds: ['resource', 'routing-peer'], text: ' 22 ' }, peers: ['p-a'], view: 'grid' },
      sources,
      peers,
    );
    expect(text).toBe("sources: Engineers, alice, group:gone; types: Resources, Routing peers' own services; search: 22; peer rows: alice");
  });
});
