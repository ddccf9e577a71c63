import type { RowSelectionState } from '@tanstack/react-table';
import { useMemo, useState, type ReactNode } from 'react';
import { BulkActionBar } from './bulk-action-bar';
import { DataTable, type DataTableProps } from './data-table';
import { selectionColumn } from './selection-column';

export interface SelectableDataTableProps<T> extends Omit<DataTableProps<T>, 'selection'> {
  /**
   * Rows get checkboxes and, while some are selected, a bar with these actions for them.
   * `clearSelection` lets an action empty the selection when it is done.
   */
  bulkActions: (selected: T[], clearSelection: () => void) => ReactNode;
  /** Names a row's checkbox ("Select <name>"); the row id when omitted. */
  getRowLabel?: (row: T) => string;
}

/**
 * SelectableDataTable: a DataTable with row selection and bulk actions. A module of its own so
 * that only the pages with bulk actions download the checkboxes and the bar; the Networks list,
 * the landing page, has none (issue 8's first-load budget).
 */
export function SelectableDataTable<T>({ bulkActions, getRowLabel, ...props }: SelectableDataTableProps<T>) {
  const [rowSelection, setRowSelection] = useState<RowSelectionState>({});
  const { getRowId } = props;
  const column = useMemo(() => selectionColumn<T>(getRowLabel ?? ((row) => (getRowId ? getRowId(row) : 'row'))), [getRowLabel, getRowId]);
  const clearSelection = () => setRowSelection({});
  const renderBar = (selected: T[]) =>
    selected.length > 0 ? (
      <BulkActionBar count={selected.length} onClear={clearSelection}>
        {bulkActions(selected, clearSelection)}
      </BulkActionBar>
    ) : null;
  return <DataTable {...props} selection={{ column, state: rowSelection, onChange: setRowSelection, renderBar }} />;
}
