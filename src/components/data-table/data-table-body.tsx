import { flexRender, type Row } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { MouseEvent } from 'react';
import { useNavigate } from '@/lib/router';
import { cn } from '@/lib/cn';
import { TableBody, TableCell, TableRow } from '../ui/table';

/** Lists longer than this render only the rows in view (a DOM of thousands of rows stalls the page). */
export const VIRTUALIZE_ABOVE = 200;
const ROW_HEIGHT = 45;

interface BodyProps<T> {
  rows: Row<T>[];
  columnCount: number;
  virtual: boolean;
  scrollElement: HTMLDivElement | null;
  getRowHref: ((row: T) => string) | undefined;
}

/** A click on a link, button or field inside a row does its own thing; elsewhere it opens the row. */
function isInteractive(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('a, button, input, label, [role="checkbox"]') !== null;
}

export function DataTableBody<T>({ rows, columnCount, virtual, scrollElement, getRowHref }: BodyProps<T>) {
  const navigate = useNavigate();
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollElement,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    enabled: virtual,
  });

  const onRowClick = (row: Row<T>) => (e: MouseEvent<HTMLTableRowElement>) => {
    if (!getRowHref || isInteractive(e.target) || window.getSelection()?.toString()) return;
    void navigate(getRowHref(row.original));
  };

  const renderRow = (row: Row<T>, index?: number) => (
    <TableRow
      key={row.id}
      aria-rowindex={index === undefined ? undefined : index + 2}
      onClick={getRowHref ? onRowClick(row) : undefined}
      className={cn(getRowHref && 'cursor-pointer hover:bg-muted/40')}
      style={virtual ? { height: ROW_HEIGHT } : undefined}
    >
      {row.getVisibleCells().map((cell) => (
        <TableCell key={cell.id}>{flexRender(cell.column.columnDef.cell, cell.getContext())}</TableCell>
      ))}
    </TableRow>
  );

  if (!virtual) return <TableBody>{rows.map((r) => renderRow(r))}</TableBody>;

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
        return row ? renderRow(row, item.index) : null;
      })}
      {bottom > 0 ? (
        <tr aria-hidden="true">
          <td colSpan={columnCount} style={{ height: bottom, padding: 0 }} />
        </tr>
      ) : null}
    </TableBody>
  );
}
