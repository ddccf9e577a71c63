import { useMemo, useState } from 'react';
import type { ChangePreview } from '@/domain/reachability/change-preview';
import type { ReachabilityOutcome } from '@/domain/reachability/run-tests';
import type { Snapshot } from '@/domain/snapshot';
import { analysisClient } from '../analysis/analysis-client';
import { useAnalysis, type AnalysisTask } from '../analysis/use-analysis';
import { useReachabilityTests } from '../reachability-tests/use-reachability-tests';

/**
 * SaveGate: an editor's change preview and whether its Save button may be used. A change that
 * breaks a saved reachability test blocks the save until the admin ticks the override for exactly
 * those tests; a different set of broken tests needs a new tick.
 */
export interface SaveGate {
  /** null while the account is loading, before the first answer, and after a failure. */
  preview: ChangePreview | null;
  /** The preview is being computed for the latest edit (`preview`, if any, is the previous edit's). */
  pending: boolean;
  /** The preview could not be computed (the saved tests were not checked either). */
  error: Error | null;
  retry(): void;
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
 * editor's draft applied, memoized on the draft) against `before` (the account as loaded),
 * computed in the analysis worker so typing stays responsive: each edit supersedes the one before
 * it, and while the answer lags behind the latest edit and tests exist, saving waits for it. A
 * failed analysis blocks nothing (it is shown, with Retry): a broken worker must not lock every
 * editor.
 */
export function useChangePreview(before: Snapshot | undefined, after: Snapshot | undefined): SaveGate {
  const { tests } = useReachabilityTests();
  const task = useMemo<AnalysisTask<ChangePreview> | null>(
    () => (before !== undefined && after !== undefined ? (signal) => analysisClient().changePreview(before, after, tests, signal) : null),
    [before, after, tests],
  );
  const analysis = useAnalysis(task);
  const preview = task === null || analysis.error !== null ? null : (analysis.value ?? null);
  const pending = analysis.pending;
  const broken = preview?.tests.broken ?? NONE;
  const sig = signature(broken);
  const [accepted, setAccepted] = useState<string | null>(null);
  // Nothing broken any more (the edit was undone, or saved): a later break needs a new tick.
  if (accepted !== null && sig === '') setAccepted(null);
  const overridden = sig !== '' && accepted === sig;
  const checking = tests.length > 0 && analysis.error === null && (preview === null || pending);
  return {
    preview,
    pending,
    error: analysis.error,
    retry: analysis.retry,
    testCount: tests.length,
    broken,
    overridden,
    setOverridden: (accept) => setAccepted(accept ? sig : null),
    blocked: checking || (broken.length > 0 && !overridden),
  };
}
