import { memo } from 'react';
import type { ExplainCache } from '@/components/analysis';
import { TableCell, TableRow } from '@/components/ui/table';
import type { AccessMatrixRow } from '@/domain/access/access-matrix';
import { MATRIX_COLUMNS } from './access-matrix-columns';

interface MatrixRowProps {
  row: AccessMatrixRow;
  explainer: ExplainCache;
  /** The row's place in the whole sorted list, for a long list's rows (the others are not in the DOM). */
  index?: number;
  /** A long list's rows have one height, which the virtualizer places them by. */
  height?: number;
}

/**
 * MatrixRow: one access entry as a table row. Memoized: while the list scrolls, only rows coming
 * into view render. A long list's row carries its index in the whole list (screen readers
 * announce "row 5,002 of 204,001" though only the rows in view exist), as the DataTable's do.
 */
export const MatrixRow = memo(function MatrixRow({ row, explainer, index, height }: MatrixRowProps) {
  return (
    <TableRow aria-rowindex={index === undefined ? undefined : index + 2} style={height === undefined ? undefined : { height }}>
      {MATRIX_COLUMNS.map((c) => (
        <TableCell key={c.id}>{c.cell(row, explainer)}</TableCell>
      ))}
    </TableRow>
  );
});
