import { CircleCheckIcon } from 'lucide-react';
import { useLocation } from '@/lib/router';

/** NoticeState: what a page passes in `navigate(to, { state })` so the next page reports the outcome. */
export interface NoticeState {
  notice?: string;
}

/**
 * LocationNotice: the success line of an action that ended on another page ("Route created." after
 * a create lands on the new route, "Route deleted." back on the list), read from the history
 * state of that one navigation, so a shared link never shows it.
 */
export function LocationNotice() {
  const state = useLocation().state as NoticeState | null;
  if (!state?.notice) return null;
  return (
    <p role="status" className="mb-4 inline-flex items-center gap-1.5 text-sm text-success">
      <CircleCheckIcon className="size-4" aria-hidden="true" />
      {state.notice}
    </p>
  );
}
