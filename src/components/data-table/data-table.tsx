import {
  getCoreRowModel,
  getFilteredRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnDef,
  type RowSelectionState,
  type SortingState,
} from '@tanstack/react-table';
import { SearchIcon } from 'lucide-react';
import { useId, useMemo, useState, type ReactNode } from 'react';
import { Input } from '../ui/input';
import { Table, TableHeader, TableRow } from '../ui/table';
import { BulkActionBar } from './bulk-action-bar';
import { DataTableBody, VIRTUALIZE_ABOVE } from './data-table-body';
import { selectionColumn } from './selection-column';
import { SortHeader } from './sort-header';

export interface DataTableProps<T> {
  /** Column definitions; give each an `id` or `accessorKey`, and a string `header` for sorting labels. */
  // TanStack's ColumnDef needs `any` for the value type so columns of different types fit one array.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  columns: ColumnDef<T, any>[];
  data: readonly T[];
  /** Accessible name of the table, e.g. "Peers". */
  label: string;
  /** Label of the search box, e.g. "Search peers"; omit to hide the search box. */
  searchLabel?: string;
  /** Where a click on a row leads; the first column should also render a real link for keyboards. */
  getRowHref?: (row: T) => string;
  getRowId?: (row: T) => string;
  initialSorting?: SortingState;
  /** Shown when a search matches nothing (an empty list is the page's EmptyState, not this). */
  noMatchText?: string;
  toolbar?: ReactNode;
  /**
   * Opt-in row selection: when given, rows get checkboxes and, while some are selected, a bar with
   * these actions for them. `clearSelection` lets an action empty the selection when it is done.
   */
  bulkActions?: (selected: T[], clearSelection: () => void) => ReactNode;
  /** Names a row's checkbox ("Select <name>"); used with `bulkActions`. */
  getRowLabel?: (row: T) => string;
}

/**
 * DataTable: the one list view of the console: global search, sortable columns, rows that link
 * to their detail, and virtual scrolling for long lists (generated accounts have thousands of
 * peers) so a big account stays responsive.
 */
export function DataTable<T>({
  columns,
  data,
  label,
  searchLabel,
  getRowHref,
  getRowId,
  initialSorting = [],
  noMatchText = 'Nothing matches this search.',
  toolbar,
  bulkActions,
  getRowLabel,
}: DataTableProps<T>) {
  const [sorting, setSorting] = useState<SortingState>(initialSorting);
  const [rowSelection, setRowSelection] = useState<RowSelectionState>({});
  const selectable = bulkActions !== undefined;
  const allColumns = useMemo(
    () => (selectable ? [selectionColumn<T>(getRowLabel ?? ((row) => (getRowId ? getRowId(row) : 'row'))), ...columns] : columns),
    [selectable, getRowLabel, getRowId, columns],
  );
  const [globalFilter, setGlobalFilter] = useState('');
  // The scroll container is held in state, not a ref: the body's virtualizer measures it in a layout
  // effect that runs before a parent's ref is attached, and a state update re-renders it once it exists.
  const [scrollElement, setScrollElement] = useState<HTMLDivElement | null>(null);
  const searchId = useId();

  const table = useReactTable({
    data: data as T[],
    columns: allColumns,
    state: { sorting, globalFilter, rowSelection },
    enableRowSelection: selectable,
    onRowSelectionChange: setRowSelection,
    onSortingChange: setSorting,
    onGlobalFilterChange: setGlobalFilter,
    getRowId,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
    globalFilterFn: 'includesString',
  });

  const rows = table.getRowModel().rows;
  const virtual = rows.length > VIRTUALIZE_ABOVE;
  const columnCount = table.getVisibleLeafColumns().length;
  // Only selected rows the search shows count: an action never touches rows the admin cannot see.
  const selectedRows = selectable ? table.getFilteredSelectedRowModel().rows.map((r) => r.original) : [];
  const clearSelection = () => setRowSelection({});

  return (
    <div className="flex flex-col gap-3">
      {searchLabel || toolbar ? (
        <div className="flex flex-wrap items-center gap-3">
          {searchLabel ? (
            <div className="relative w-full max-w-xs">
              <label htmlFor={searchId} className="sr-only">
                {searchLabel}
              </label>
              <SearchIcon className="pointer-events-none absolute left-2.5 top-1/2 size-4 -translate-y-1/2 text-muted-foreground" aria-hidden="true" />
              <Input
                id={searchId}
                type="search"
                placeholder={`${searchLabel}…`}
                value={globalFilter}
                onChange={(e) => setGlobalFilter(e.target.value)}
                className="pl-8"
              />
            </div>
          ) : null}
          <p className="text-sm text-muted-foreground" aria-live="polite">
            {globalFilter ? `${rows.length} of ${data.length}` : `${data.length}`} {data.length === 1 ? 'item' : 'items'}
          </p>
          {toolbar ? <div className="ml-auto flex items-center gap-2">{toolbar}</div> : null}
        </div>
      ) : null}
      {bulkActions && selectedRows.length > 0 ? (
        <BulkActionBar count={selectedRows.length} onClear={clearSelection}>
          {bulkActions(selectedRows, clearSelection)}
        </BulkActionBar>
      ) : null}
      <div ref={setScrollElement} className={virtual ? 'max-h-[70vh] overflow-auto rounded-lg border bg-card' : 'overflow-x-auto rounded-lg border bg-card'}>
        <Table aria-label={label} aria-rowcount={virtual ? rows.length + 1 : undefined}>
          <TableHeader className={virtual ? 'sticky top-0 z-10' : undefined}>
            {table.getHeaderGroups().map((hg) => (
              <TableRow key={hg.id} className="hover:bg-transparent">
                {hg.headers.map((h) => (
                  <SortHeader key={h.id} header={h} />
                ))}
              </TableRow>
            ))}
          </TableHeader>
          <DataTableBody rows={rows} columnCount={columnCount} virtual={virtual} scrollElement={scrollElement} getRowHref={getRowHref} />
        </Table>
        {rows.length === 0 ? <p className="px-4 py-8 text-center text-sm text-muted-foreground">{noMatchText}</p> : null}
      </div>
    </div>
  );
}

