import type { AccessMatrixRow } from '@/domain/access/access-matrix';
import { compareRuns, naturalRuns } from '@/lib/natural-compare';
import { grantText } from './matrix-text';

/**
 * matrix-sort: the access matrix list sorted by a column, as the console's DataTables sort (the
 * natural order of the column's text; ties and an unsorted list keep the matrix's own order) but
 * without a table library's row objects: an XL matrix has ~200,000 rows, and building a row model
 * per row froze the page for seconds (issue 8). Each row's text is read once per sort; the rows
 * share few distinct texts (sources, destinations, policies, grants), which alone are compared,
 * and the rows are then placed by the rank of their text in one counting pass.
 */

export type MatrixSortColumn = 'source' | 'destination' | 'grant' | 'chain' | 'policy';

export interface MatrixSort {
  column: MatrixSortColumn;
  desc: boolean;
}

/** The text a column sorts by: what its cell shows first. */
export const MATRIX_SORT_TEXT: Record<MatrixSortColumn, (r: AccessMatrixRow) => string> = {
  source: (r) => r.source.name,
  destination: (r) => r.destination.name,
  grant: (r) => grantText(r.protocol, r.ports),
  chain: (r) => r.chain,
  policy: (r) => r.policy?.name ?? '',
};

/** nextSort: a header click: ascending first, then descending, then the matrix's own order again. */
export function nextSort(current: MatrixSort | null, column: MatrixSortColumn): MatrixSort | null {
  if (current?.column !== column) return { column, desc: false };
  return current.desc ? null : { column, desc: true };
}

/**
 * sortedOrder: the positions of `rows` in sorted order. A stable sort: rows of equal text keep the
 * matrix's order, descending too (as TanStack Table breaks ties, by the row's original index).
 */
export function sortedOrder(rows: readonly AccessMatrixRow[], sort: MatrixSort): Int32Array {
  const { rowText, texts } = numberTexts(rows, MATRIX_SORT_TEXT[sort.column]);
  const rank = textRanks(texts, sort.desc);
  return countingSort(
    rowText.map((n) => rank[n] ?? 0),
    texts.length,
  );
}

/** numberTexts: each row's text read once, numbered by first sight: the rows' numbers and the distinct texts. */
function numberTexts(rows: readonly AccessMatrixRow[], text: (r: AccessMatrixRow) => string): { rowText: Int32Array; texts: string[] } {
  const numberOf = new Map<string, number>();
  const texts: string[] = [];
  const rowText = new Int32Array(rows.length);
  rows.forEach((r, i) => {
    const t = text(r);
    let n = numberOf.get(t);
    if (n === undefined) {
      n = texts.length;
      texts.push(t);
      numberOf.set(t, n);
    }
    rowText[i] = n;
  });
  return { rowText, texts };
}

/** textRanks: each distinct text's place in sort order; texts that compare equal ("Web", "web") share one. */
function textRanks(texts: readonly string[], desc: boolean): Int32Array {
  const runs = texts.map(naturalRuns);
  const compare = (x: number, y: number): number => compareRuns(runs[x] ?? [], runs[y] ?? []);
  const sorted = texts.map((_, n) => n).sort(desc ? (x, y) => compare(y, x) : compare);
  const rank = new Int32Array(texts.length);
  let place = 0;
  sorted.forEach((n, i) => {
    const before = sorted[i - 1];
    if (before !== undefined && compare(before, n) !== 0) place++;
    rank[n] = place;
  });
  return rank;
}

/** countingSort: row positions ordered by their rank (0 ≤ rank < ranks), equal ranks in row order. */
function countingSort(rowRank: Int32Array, ranks: number): Int32Array {
  // next[r]: where the next row of rank r goes; first the counts, shifted by one, then their sums.
  const next = new Int32Array(ranks + 1);
  for (const r of rowRank) next[r + 1] = (next[r + 1] ?? 0) + 1;
  for (let r = 1; r <= ranks; r++) next[r] = (next[r] ?? 0) + (next[r - 1] ?? 0);
  const order = new Int32Array(rowRank.length);
  rowRank.forEach((r, i) => {
    const at = next[r] ?? 0;
    order[at] = i;
    next[r] = at + 1;
  });
  return order;
}
