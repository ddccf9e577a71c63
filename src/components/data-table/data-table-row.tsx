import { flexRender, type Row } from '@tanstack/react-table';
import type { MouseEvent } from 'react';
import { useNavigate } from '@/lib/router';
import { cn } from '@/lib/cn';
import { TableCell, TableRow } from '../ui/table';

/** ROW_HEIGHT: the fixed height of a long table's rows; the virtualizer places rows by it. */
export const ROW_HEIGHT = 45;

/** A row's click handler: opens the row's detail. */
export type RowOpener<T> = (row: Row<T>) => (e: MouseEvent<HTMLTableRowElement>) => void;

/** A click on a link, button or field inside a row does its own thing; elsewhere it opens the row. */
function isInteractive(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('a, button, input, label, [role="checkbox"]') !== null;
}

/**
 * useRowOpener: what a click on a row does, for tables whose rows lead somewhere (undefined
 * otherwise). Selecting text in a row does not open it, so a name can still be copied.
 */
export function useRowOpener<T>(getRowHref: ((row: T) => string) | undefined): RowOpener<T> | undefined {
  const navigate = useNavigate();
  if (!getRowHref) return undefined;
  return (row) => (e) => {
    if (isInteractive(e.target) || window.getSelection()?.toString()) return;
    void navigate(getRowHref(row.original));
  };
}

/**
 * DataTableRow: one row of a DataTable. A row of a long table carries its `index` in the whole
 * list (screen readers announce "row 5,002 of 10,001" though only the rows in view exist) and
 * the fixed height the virtualizer counts on.
 */
export function DataTableRow<T>({ row, index, onOpen }: { row: Row<T>; index?: number; onOpen: RowOpener<T> | undefined }) {
  return (
    <TableRow
      aria-rowindex={index === undefined ? undefined : index + 2}
      onClick={onOpen?.(row)}
      className={cn(onOpen && 'cursor-pointer hover:bg-muted/40')}
      style={index === undefined ? undefined : { height: ROW_HEIGHT }}
    >
      {row.getVisibleCells().map((cell) => (
        <TableCell key={cell.id}>{flexRender(cell.column.columnDef.cell, cell.getContext())}</TableCell>
      ))}
    </TableRow>
  );
}
