import type { ReactNode } from 'react';
import { Button } from '../ui/button';

/**
 * BulkActionBar: appears above a table while rows are selected; it says how many and holds the
 * actions that apply to all of them (enable, disable, delete, add to group).
 */
export function BulkActionBar({ count, onClear, children }: { count: number; onClear: () => void; children: ReactNode }) {
  return (
    <div role="toolbar" aria-label="Bulk actions" className="flex flex-wrap items-center gap-2 rounded-lg border bg-muted/40 px-3 py-2">
      <p className="text-sm font-medium" aria-live="polite">
        {count} selected
      </p>
      <div className="flex flex-wrap items-center gap-2">{children}</div>
      <Button variant="ghost" size="sm" className="ml-auto" onClick={onClear}>
        Clear selection
      </Button>
    </div>
  );
}
