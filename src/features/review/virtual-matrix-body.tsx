import { useVirtualizer } from '@tanstack/react-virtual';
import type { ExplainCache } from '@/components/analysis';
import { TableBody } from '@/components/ui/table';
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
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollElement,
    estimateSize: () => MATRIX_ROW_HEIGHT,
    overscan: 12,
  });

  const items = virtualizer.getVirtualItems();
  const top = items[0]?.start ?? 0;
  const bottom = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);
  return (
    <TableBody>
      {top > 0 ? (
        <tr aria-hidden="true">
          <td colSpan={columnCount} style={{ height: top, padding: 0 }} />
        </tr>
      ) : null}
      {items.map((item) => {
        const row = rows[item.index];
        return row ? <MatrixRow key={row.key} row={row} explainer={explainer} index={item.index} height={MATRIX_ROW_HEIGHT} /> : null;
      })}
      {bottom > 0 ? (
        <tr aria-hidden="true">
          <td colSpan={columnCount} style={{ height: bottom, padding: 0 }} />
        </tr>
      ) : null}
    </TableBody>
  );
}
