import { flexRender, type Header } from '@tanstack/react-table';
import { SortableTableHead } from '../ui/sortable-table-head';
import { TableHead } from '../ui/table';

/** SortHeader: a TanStack column header; sortable ones are buttons and announce their order with aria-sort. */
export function SortHeader<T>({ header }: { header: Header<T, unknown> }) {
  if (header.isPlaceholder) return <TableHead />;
  const content = flexRender(header.column.columnDef.header, header.getContext());
  if (!header.column.getCanSort()) return <TableHead>{content}</TableHead>;
  const toggle = header.column.getToggleSortingHandler();
  return (
    <SortableTableHead direction={header.column.getIsSorted()} onToggle={(event) => toggle?.(event)}>
      {content}
    </SortableTableHead>
  );
}
