import type { Row } from '@tanstack/react-table';
import { TableBody } from '../ui/table';
import { DataTableRow, useRowOpener } from './data-table-row';

interface BodyProps<T> {
  rows: Row<T>[];
  getRowHref: ((row: T) => string) | undefined;
  /** Rows styled as a long table's (row index, fixed height): the first rows shown while its virtualized body loads. */
  indexed?: boolean;
}

/** DataTableBody: every row in the DOM, as a short table has them (find-in-page and printing see them all). */
export function DataTableBody<T>({ rows, getRowHref, indexed = false }: BodyProps<T>) {
  const onOpen = useRowOpener(getRowHref);
  return (
    <TableBody>
      {rows.map((row, i) => (
        <DataTableRow key={row.id} row={row} index={indexed ? i : undefined} onOpen={onOpen} />
      ))}
    </TableBody>
  );
}
