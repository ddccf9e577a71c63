import { flexRender, type Header } from '@tanstack/react-table';
import { ArrowDownIcon, ArrowUpDownIcon, ArrowUpIcon } from 'lucide-react';
import { TableHead } from '../ui/table';

/** SortHeader: a column header; sortable ones are buttons and announce their order with aria-sort. */
export function SortHeader<T>({ header }: { header: Header<T, unknown> }) {
  if (header.isPlaceholder) return <TableHead />;
  const content = flexRender(header.column.columnDef.header, header.getContext());
  if (!header.column.getCanSort()) return <TableHead>{content}</TableHead>;
  const dir = header.column.getIsSorted();
  const Icon = dir === 'asc' ? ArrowUpIcon : dir === 'desc' ? ArrowDownIcon : ArrowUpDownIcon;
  return (
    <TableHead aria-sort={dir === 'asc' ? 'ascending' : dir === 'desc' ? 'descending' : 'none'}>
      <button
        type="button"
        onClick={header.column.getToggleSortingHandler()}
        className="-ml-1 inline-flex cursor-pointer items-center gap-1 rounded px-1 py-0.5 uppercase hover:text-foreground"
      >
        {content}
        <Icon className={dir ? 'size-3.5 text-foreground' : 'size-3.5 opacity-40'} aria-hidden="true" />
      </button>
    </TableHead>
  );
}
