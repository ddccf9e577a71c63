import { useMemo, useState } from 'react';
import type { ExplainCache } from '@/components/analysis';
import { VIRTUALIZE_ABOVE } from '@/components/data-table/data-table';
import { SortableTableHead } from '@/components/ui/sortable-table-head';
import { Table, TableBody, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import type { AccessMatrixRow } from '@/domain/access/access-matrix';
import { MATRIX_COLUMNS } from './access-matrix-columns';
import { MatrixRow } from './access-matrix-row';
import { nextSort, sortedOrder, type MatrixSort } from './matrix-sort';
import { VirtualMatrixBody } from './virtual-matrix-body';

/**
 * AccessMatrixList: one row per access entry (source, destination, protocol and ports, chain,
 * deciding policy) with Explain opening the trace of that pair; sortable by each column, and
 * virtually scrolled when long. It looks and reads like the console's DataTable, without TanStack
 * Table's row models: an XL matrix has ~200,000 rows, and building a model row for each froze the
 * page for seconds when the tab opened (issue 8). Here the rows stay the matrix's own objects; a
 * sort is an order of their positions (matrix-sort).
 */
export function AccessMatrixList({ rows, explainer }: { rows: readonly AccessMatrixRow[]; explainer: ExplainCache }) {
  const [sort, setSort] = useState<MatrixSort | null>(null);
  const sorted = useMemo(() => {
    if (sort === null) return rows;
    return Array.from(sortedOrder(rows, sort), (i) => rows[i] as AccessMatrixRow);
  }, [rows, sort]);
  // The scroll box is held in state, not a ref: the virtualizer measures it in a layout effect that
  // runs before a parent's ref is attached, and the state update renders the body again once it exists.
  const [scrollElement, setScrollElement] = useState<HTMLDivElement | null>(null);
  const virtual = sorted.length > VIRTUALIZE_ABOVE;

  return (
    <div ref={setScrollElement} className={virtual ? 'max-h-[70vh] overflow-auto rounded-lg border bg-card' : 'overflow-x-auto rounded-lg border bg-card'}>
      <Table aria-label="Access matrix" aria-rowcount={virtual ? sorted.length + 1 : undefined}>
        {/* the card's colour under the header's tint, so rows scrolling under the sticky header do not show through */}
        <TableHeader className={virtual ? 'sticky top-0 z-10 bg-card' : undefined}>
          <TableRow className="hover:bg-transparent">
            {MATRIX_COLUMNS.map((c) => {
              const column = c.sort;
              if (column === null) {
                return (
                  <TableHead key={c.id}>
                    <span className="sr-only">{c.header}</span>
                  </TableHead>
                );
              }
              const direction = sort?.column === column ? (sort.desc ? 'desc' : 'asc') : false;
              return (
                <SortableTableHead key={c.id} direction={direction} onToggle={() => setSort((s) => nextSort(s, column))}>
                  {c.header}
                </SortableTableHead>
              );
            })}
          </TableRow>
        </TableHeader>
        {virtual ? (
          <VirtualMatrixBody rows={sorted} columnCount={MATRIX_COLUMNS.length} explainer={explainer} scrollElement={scrollElement} />
        ) : (
          <TableBody>
            {sorted.map((r) => (
              <MatrixRow key={r.key} row={r} explainer={explainer} />
            ))}
          </TableBody>
        )}
      </Table>
      {sorted.length === 0 ? <p className="px-4 py-8 text-center text-sm text-muted-foreground">No access matches this filter.</p> : null}
    </div>
  );
}
