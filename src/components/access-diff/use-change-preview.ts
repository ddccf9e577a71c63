import { useDeferredValue, useMemo, useState } from 'react';
import { previewChange, type ChangePreview } from '@/domain/reachability/change-preview';
import type { ReachabilityOutcome } from '@/domain/reachability/run-tests';
import type { Snapshot } from '@/domain/snapshot';
import { useReachabilityTests } from '../reachability-tests/use-reachability-tests';

/**
 * SaveGate: an editor's change preview and whether its Save button may be used. A change that
 * breaks a saved reachability test blocks the save until the admin ticks the override for exactly
 * those tests; a different set of broken tests needs a new tick.
 */
export interface SaveGate {
  /** null while the account is loading. */
  preview: ChangePreview | null;
  /** The preview is being recomputed for the latest edit. */
  pending: boolean;
  /** How many saved tests there are (0: nothing to check against). */
  testCount: number;
  broken: readonly ReachabilityOutcome[];
  overridden: boolean;
  setOverridden(accept: boolean): void;
  /** Save must wait: a test would break without override, or the check has not caught up yet. */
  blocked: boolean;
}

const signature = (broken: readonly ReachabilityOutcome[]): string => broken.map((o) => o.name).join('\u0000');

const NONE: readonly ReachabilityOutcome[] = [];

/**
 * useChangePreview: the access diff and the saved tests' fate for `after` (the account with the
 * editor's draft applied, memoized on the draft) against `before` (the account as loaded). The
 * work is one previewChange call on a deferred value, so typing stays responsive; while it lags
 * behind the latest edit and tests exist, saving waits for it.
 */
export function useChangePreview(before: Snapshot | undefined, after: Snapshot | undefined): SaveGate {
  const { tests } = useReachabilityTests();
  const deferredAfter = useDeferredValue(after);
  const preview = useMemo(() => (before !== undefined && deferredAfter !== undefined ? previewChange(before, deferredAfter, tests) : null), [before, deferredAfter, tests]);
  const pending = deferredAfter !== after;
  const broken = preview?.tests.broken ?? NONE;
  const sig = signature(broken);
  const [accepted, setAccepted] = useState<string | null>(null);
  // Nothing broken any more (the edit was undone, or saved): a later break needs a new tick.
  if (accepted !== null && sig === '') setAccepted(null);
  const overridden = sig !== '' && accepted === sig;
  const checking = tests.length > 0 && (preview === null || pending);
  return {
    preview,
    pending,
    testCount: tests.length,
    broken,
    overridden,
    setOverridden: (accept) => setAccepted(accept ? sig : null),
    blocked: checking || (broken.length > 0 && !overridden),
  };
}
