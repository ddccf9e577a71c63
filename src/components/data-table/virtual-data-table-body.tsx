import type { Row } from '@tanstack/react-table';
import { DataTableRow, ROW_HEIGHT, useRowOpener } from './data-table-row';
import { FixedRowsVirtualBody } from './virtual-table-body';

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
  return (
    <FixedRowsVirtualBody
      rows={rows}
      rowHeight={ROW_HEIGHT}
      scrollElement={scrollElement}
      columnCount={columnCount}
      renderRow={(row, index) => <DataTableRow key={row.id} row={row} index={index} onOpen={onOpen} />}
    />
  );
}
