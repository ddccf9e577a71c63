import type { Row } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { DataTableRow, ROW_HEIGHT, useRowOpener } from './data-table-row';
import { VirtualTableBody } from './virtual-table-body';

export interface VirtualBodyProps<T> {
  rows: Row<T>[];
  columnCount: number;
  scrollElement: HTMLDivElement | null;
  getRowHref: ((row: T) => string) | undefined;
}

/**
 * VirtualDataTableBody: a long table's body, only the rows in view of the table's own scroll box
 * plus spacer rows standing for the others. Its own module, loaded only by tables that grow long
 * (the virtualizer is not part of the landing page's download, issue 8's first-load budget).
 */
export function VirtualDataTableBody<T>({ rows, columnCount, scrollElement, getRowHref }: VirtualBodyProps<T>) {
  const onOpen = useRowOpener(getRowHref);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollElement,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });

  return (
    <VirtualTableBody
      virtualizer={virtualizer}
      columnCount={columnCount}
      renderRow={(item) => {
        const row = rows[item.index];
        return row ? <DataTableRow key={row.id} row={row} index={item.index} onOpen={onOpen} /> : null;
      }}
    />
  );
}
