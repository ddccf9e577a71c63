import type { ColumnDef } from '@tanstack/react-table';
import { Checkbox } from '../ui/checkbox';

/** SELECTION_COLUMN_ID: the id of the checkbox column a table with bulk actions gets first. */
export const SELECTION_COLUMN_ID = '__select';

/**
 * selectionColumn: the checkbox column of a table with bulk actions. The header box selects every
 * row the search shows (not hidden ones: a bulk action acts on what the admin sees); each row box
 * is named after the row, so "Select Datacenter" is distinct for screen readers and tests.
 */
export function selectionColumn<T>(getRowLabel: (row: T) => string): ColumnDef<T> {
  return {
    id: SELECTION_COLUMN_ID,
    enableSorting: false,
    enableGlobalFilter: false,
    header: ({ table }) => (
      <Checkbox
        aria-label="Select all rows"
        checked={table.getIsAllPageRowsSelected() ? true : table.getIsSomePageRowsSelected() ? 'indeterminate' : false}
        onCheckedChange={(v) => table.toggleAllPageRowsSelected(v === true)}
      />
    ),
    cell: ({ row }) => (
      <Checkbox aria-label={`Select ${getRowLabel(row.original)}`} checked={row.getIsSelected()} onCheckedChange={(v) => row.toggleSelected(v === true)} />
    ),
  };
}
