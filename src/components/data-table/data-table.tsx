import {
  getCoreRowModel,
  getFilteredRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnDef,
  type OnChangeFn,
  type RowSelectionState,
  type SortingState,
} from '@tanstack/react-table';
import { SearchIcon } from 'lucide-react';
import { lazy, Suspense, useDeferredValue, useId, useMemo, useState, type ReactNode } from 'react';
import { Input } from '../ui/input';
import { Table, TableHeader, TableRow } from '../ui/table';
import { DataTableBody } from './data-table-body';
import type { VirtualDataTableBody as VirtualBody } from './virtual-data-table-body';
import { SortHeader } from './sort-header';

/** Lists longer than this render only the rows in view (a DOM of thousands of rows stalls the page). */
export const VIRTUALIZE_ABOVE = 200;
/**
 * Rows shown while a long table's virtualized body downloads: more than its 70vh box holds on a
 * tall screen, so the box has its final height at once and nothing below it moves.
 */
const FIRST_ROWS = 40;

// The virtualizer downloads only when some table grows past VIRTUALIZE_ABOVE rows. lazy() keeps a
// component's props but drops its type parameter, hence the cast back to the generic body.
const VirtualDataTableBody = lazy(() =>
  import('./virtual-data-table-body').then((m) => ({ default: m.VirtualDataTableBody })),
) as unknown as typeof VirtualBody;

const NO_SELECTION: RowSelectionState = {};

/**
 * DataTableSelection: what SelectableDataTable adds to the table: the checkbox column, the
 * selection state, and the bar above the table for the selected rows (kept out of this module so
 * tables without bulk actions do not download them).
 */
export interface DataTableSelection<T> {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  column: ColumnDef<T, any>;
  state: RowSelectionState;
  onChange: OnChangeFn<RowSelectionState>;
  /** The bar above the table, given the selected rows the search shows. */
  renderBar: (selected: T[]) => ReactNode;
}

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
  /** Row selection, set by SelectableDataTable (a table with bulk actions uses that component). */
  selection?: DataTableSelection<T>;
}

/**
 * DataTable: the one list view of the console: global search, sortable columns, rows that link
 * to their detail, and virtual scrolling for long lists (generated accounts have thousands of
 * peers) so a big account stays responsive. Short lists, the common case, render plainly and
 * never download the virtualizer. Tables with bulk actions are SelectableDataTable.
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
  selection,
}: DataTableProps<T>) {
  const [sorting, setSorting] = useState<SortingState>(initialSorting);
  const selectionColumn = selection?.column;
  const allColumns = useMemo(() => (selectionColumn ? [selectionColumn, ...columns] : columns), [selectionColumn, columns]);
  const [globalFilter, setGlobalFilter] = useState('');
  // The field shows every key at once; the rows follow when React has time (a 10,000-row filter
  // per keystroke would otherwise hold up typing).
  const appliedFilter = useDeferredValue(globalFilter);
  // The scroll container is held in state, not a ref: the body's virtualizer measures it in a layout
  // effect that runs before a parent's ref is attached, and a state update re-renders it once it exists.
  const [scrollElement, setScrollElement] = useState<HTMLDivElement | null>(null);
  const searchId = useId();

  const table = useReactTable({
    data: data as T[],
    columns: allColumns,
    state: { sorting, globalFilter: appliedFilter, rowSelection: selection?.state ?? NO_SELECTION },
    enableRowSelection: selection !== undefined,
    onRowSelectionChange: selection?.onChange,
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
  const selectedRows = selection ? table.getFilteredSelectedRowModel().rows.map((r) => r.original) : [];

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
            {appliedFilter ? `${rows.length} of ${data.length}` : `${data.length}`} {data.length === 1 ? 'item' : 'items'}
          </p>
          {toolbar ? <div className="ml-auto flex items-center gap-2">{toolbar}</div> : null}
        </div>
      ) : null}
      {selection?.renderBar(selectedRows)}
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
          {virtual ? (
            <Suspense fallback={<DataTableBody rows={rows.slice(0, FIRST_ROWS)} getRowHref={getRowHref} indexed />}>
              <VirtualDataTableBody rows={rows} columnCount={columnCount} scrollElement={scrollElement} getRowHref={getRowHref} />
            </Suspense>
          ) : (
            <DataTableBody rows={rows} getRowHref={getRowHref} />
          )}
        </Table>
        {rows.length === 0 ? <p className="px-4 py-8 text-center text-sm text-muted-foreground">{noMatchText}</p> : null}
      </div>
    </div>
  );
}

