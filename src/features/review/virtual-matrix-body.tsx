import type { ExplainCache } from '@/components/analysis';
import { FixedRowsVirtualBody } from '@/components/data-table/virtual-table-body';
import type { AccessMatrixRow } from '@/domain/access/access-matrix';
import { MatrixRow } from './access-matrix-row';

/**
 * MATRIX_ROW_HEIGHT: a row's height: two lines of text (a name over its kind) beside the Explain
 * button. Fixed, not measured: measuring a row the virtualizer did not expect re-places all
 * 200,000 rows of an XL matrix, on every scroll step.
 */
export const MATRIX_ROW_HEIGHT = 57;

interface VirtualMatrixBodyProps {
  rows: readonly AccessMatrixRow[];
  columnCount: number;
  explainer: ExplainCache;
  scrollElement: HTMLDivElement | null;
}

/**
 * VirtualMatrixBody: a long matrix list's body: only the rows in view of the list's own scroll
 * box, and spacer rows standing for the others (as the DataTable's virtual body does).
 */
export function VirtualMatrixBody({ rows, columnCount, explainer, scrollElement }: VirtualMatrixBodyProps) {
  return (
    <FixedRowsVirtualBody
      rows={rows}
      rowHeight={MATRIX_ROW_HEIGHT}
      scrollElement={scrollElement}
      columnCount={columnCount}
      renderRow={(row, index) => <MatrixRow key={row.key} row={row} explainer={explainer} index={index} height={MATRIX_ROW_HEIGHT} />}
    />
  );
}
