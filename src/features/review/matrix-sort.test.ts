import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildAccountIndex } from '@/domain/account';
import { accessMatrix, type AccessMatrixRow } from '@/domain/access/access-matrix';
import { matrixAccount } from '@/domain/access/testing/matrix-account';
import { naturalCompare } from '@/lib/natural-compare';
import { MATRIX_SORT_TEXT, nextSort, sortedOrder, type MatrixSort, type MatrixSortColumn } from './matrix-sort';

/** row: a matrix row whose sortable texts are the given ones (the rest does not matter to sorting). */
function row(key: string, source: string, destination = 'd', policy: string | null = 'p'): AccessMatrixRow {
  return {
    key,
    source: { type: 'group', id: `g-${key}`, name: source },
    destination: { kind: 'resource', id: `r-${key}`, name: destination, address: '10.0.0.1', networkId: 'n' },
    protocol: 'tcp',
    ports: ['443'],
    chain: 'forward',
    policy: policy === null ? null : { id: `p-${key}`, name: policy },
  };
}

const keysIn = (rows: readonly AccessMatrixRow[], order: Int32Array): string[] => Array.from(order, (i) => rows[i]?.key ?? '?');

/** The order a comparison sort gives, one text comparison per pair, ties by position: what sortedOrder must match. */
function referenceOrder(rows: readonly AccessMatrixRow[], { column, desc }: MatrixSort): string[] {
  const text = MATRIX_SORT_TEXT[column];
  const positions = rows.map((_, i) => i);
  positions.sort((a, b) => (desc ? -1 : 1) * naturalCompare(text(rows[a] as AccessMatrixRow), text(rows[b] as AccessMatrixRow)) || a - b);
  return positions.map((i) => rows[i]?.key ?? '?');
}

describe('nextSort', () => {
  it('goes ascending, descending, then back to the matrix order; another column starts ascending', () => {
    const asc = nextSort(null, 'source');
    expect(asc).toEqual({ column: 'source', desc: false });
    const desc = nextSort(asc, 'source');
    expect(desc).toEqual({ column: 'source', desc: true });
    expect(nextSort(desc, 'source')).toBeNull();
    expect(nextSort(desc, 'policy')).toEqual({ column: 'policy', desc: false });
  });
});

describe('sortedOrder', () => {
  it('sorts names naturally and ignores case', () => {
    const rows = [row('a', 'group-10'), row('b', 'Group-2'), row('c', 'group-1'), row('d', 'auditors')];
    expect(keysIn(rows, sortedOrder(rows, { column: 'source', desc: false }))).toEqual(['d', 'c', 'b', 'a']);
    expect(keysIn(rows, sortedOrder(rows, { column: 'source', desc: true }))).toEqual(['a', 'b', 'c', 'd']);
  });

  it('keeps the matrix order among equal texts, in both directions', () => {
    const rows = [row('1', 'Web'), row('2', 'db'), row('3', 'web'), row('4', 'Web'), row('5', 'db')];
    expect(keysIn(rows, sortedOrder(rows, { column: 'source', desc: false }))).toEqual(['2', '5', '1', '3', '4']);
    expect(keysIn(rows, sortedOrder(rows, { column: 'source', desc: true }))).toEqual(['1', '3', '4', '2', '5']);
  });

  it('sorts the default allow (no policy) before named policies', () => {
    const rows = [row('named', 's', 'd', 'Allow web'), row('legacy', 's', 'd', null)];
    expect(keysIn(rows, sortedOrder(rows, { column: 'policy', desc: false }))).toEqual(['legacy', 'named']);
  });

  it('sorts a computed matrix by each column as a comparison sort would', () => {
    const rows = accessMatrix(buildAccountIndex(matrixAccount())).rows;
    expect(rows.length).toBeGreaterThan(5);
    for (const column of Object.keys(MATRIX_SORT_TEXT) as MatrixSortColumn[]) {
      for (const desc of [false, true]) {
        const order = sortedOrder(rows, { column, desc });
        expect(keysIn(rows, order), `${column} ${desc ? 'desc' : 'asc'}`).toEqual(referenceOrder(rows, { column, desc }));
      }
    }
  });

  it('matches a comparison sort on any rows, each row exactly once', () => {
    const name = fc.string({ unit: fc.constantFrom('a', 'A', 'b', '-', '1', '2', '0'), maxLength: 5 });
    const rows = fc.array(fc.tuple(name, name, fc.option(name, { nil: null })), { maxLength: 40 }).map((texts) => texts.map(([s, d, p], i) => row(String(i), s, d, p)));
    const column = fc.constantFrom<MatrixSortColumn>('source', 'destination', 'policy');
    fc.assert(
      fc.property(rows, column, fc.boolean(), (list, col, desc) => {
        const order = sortedOrder(list, { column: col, desc });
        expect(new Set(order).size).toBe(list.length);
        expect(keysIn(list, order)).toEqual(referenceOrder(list, { column: col, desc }));
      }),
      { numRuns: 500 },
    );
  });
});
