import { ArrowDownIcon, ArrowUpDownIcon, ArrowUpIcon } from 'lucide-react';
import type { MouseEvent, ReactNode } from 'react';
import { TableHead } from './table';

export type SortDirection = 'asc' | 'desc' | false;

/**
 * SortableTableHead: a column header that sorts: a button that says the column's order with an
 * arrow and announces it with aria-sort. The DataTable's SortHeader renders it, and so do tables
 * that sort without TanStack Table (the access matrix's 200,000 rows).
 */
export function SortableTableHead({ direction, onToggle, children }: { direction: SortDirection; onToggle: (event: MouseEvent<HTMLButtonElement>) => void; children: ReactNode }) {
  const Icon = direction === 'asc' ? ArrowUpIcon : direction === 'desc' ? ArrowDownIcon : ArrowUpDownIcon;
  return (
    <TableHead aria-sort={direction === 'asc' ? 'ascending' : direction === 'desc' ? 'descending' : 'none'}>
      <button type="button" onClick={onToggle} className="-ml-1 inline-flex cursor-pointer items-center gap-1 rounded px-1 py-0.5 uppercase hover:text-foreground">
        {children}
        <Icon className={direction ? 'size-3.5 text-foreground' : 'size-3.5 opacity-40'} aria-hidden="true" />
      </button>
    </TableHead>
  );
}
