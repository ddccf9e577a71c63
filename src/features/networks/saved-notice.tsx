import { CircleCheckIcon } from 'lucide-react';
import { useLocation } from '@/lib/router';

/**
 * SavedNotice: the success line of a save that navigated (a created object opens its own page;
 * a deletion returns to the list). The message travels in the navigation state.
 */
export function SavedNotice() {
  const state: unknown = useLocation().state;
  const saved = typeof state === 'object' && state !== null && 'saved' in state && typeof state.saved === 'string' ? state.saved : null;
  if (!saved) return null;
  return (
    <p role="status" className="mb-4 flex items-center gap-2 rounded-md border border-success/40 bg-success/5 px-3 py-2 text-sm">
      <CircleCheckIcon className="size-4 text-success" aria-hidden="true" />
      {saved}
    </p>
  );
}
