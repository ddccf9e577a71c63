import { useVirtualizer, type VirtualItem, type Virtualizer } from '@tanstack/react-virtual';
import type { ReactNode } from 'react';
import { TableBody } from '../ui/table';

/**
 * VirtualTableBody: the body of a virtually scrolled table: the rows in view (`renderRow` for each
 * of the virtualizer's items) between two spacer rows standing for the rows above and below, so the
 * scroll box has the full table's height and the table keeps its column layout. The caller owns the
 * virtualizer (its scroll element, row height or measuring, overscan).
 */
export function VirtualTableBody({
  virtualizer,
  columnCount,
  renderRow,
}: {
  virtualizer: Virtualizer<HTMLDivElement, Element>;
  columnCount: number;
  renderRow: (item: VirtualItem) => ReactNode;
}) {
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
      {items.map(renderRow)}
      {bottom > 0 ? (
        <tr aria-hidden="true">
          <td colSpan={columnCount} style={{ height: bottom, padding: 0 }} />
        </tr>
      ) : null}
    </TableBody>
  );
}

/**
 * FixedRowsVirtualBody: a VirtualTableBody whose rows all have one known height (no measuring: a
 * measured row the virtualizer did not expect re-places every row after it, on every scroll step).
 */
export function FixedRowsVirtualBody<T>({
  rows,
  rowHeight,
  scrollElement,
  columnCount,
  renderRow,
}: {
  rows: readonly T[];
  rowHeight: number;
  scrollElement: HTMLDivElement | null;
  columnCount: number;
  renderRow: (row: T, index: number) => ReactNode;
}) {
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollElement,
    estimateSize: () => rowHeight,
    overscan: 12,
  });
  return (
    <VirtualTableBody
      virtualizer={virtualizer}
      columnCount={columnCount}
      renderRow={(item) => {
        const row = rows[item.index];
        return row === undefined ? null : renderRow(row, item.index);
      }}
    />
  );
}
