import { useEffect, useState } from 'react';

/** AnalysisTask: one question to the analysis worker; memoize it on its inputs (its identity is the question). */
export type AnalysisTask<T> = (signal: AbortSignal) => Promise<T>;

export interface AnalysisState<T> {
  /** The newest answer: the current task's, or while it runs, the previous task's (stale). */
  value: T | undefined;
  /** The current task has not answered yet. */
  pending: boolean;
  /** The current task failed. */
  error: Error | null;
  /** Asks the current task again (after an error). */
  retry(): void;
}

interface Settled<T> {
  task: AnalysisTask<T> | null;
  attempt: number;
  value: T | undefined;
  error: Error | null;
}

const asError = (e: unknown): Error => (e instanceof Error ? e : new Error(String(e)));

/**
 * useAnalysis: runs `task` (in the analysis worker) and follows it: a new task aborts the one
 * before it, so a newer account or draft supersedes an older one and a late answer never
 * overwrites a newer one. The previous answer stays available while the new one is computed, so a
 * page can keep showing it instead of flashing back to a loading state.
 */
export function useAnalysis<T>(task: AnalysisTask<T> | null): AnalysisState<T> {
  const [attempt, setAttempt] = useState(0);
  const [settled, setSettled] = useState<Settled<T>>({ task: null, attempt: 0, value: undefined, error: null });

  useEffect(() => {
    if (task === null) return;
    const controller = new AbortController();
    task(controller.signal).then(
      (value) => {
        if (!controller.signal.aborted) setSettled({ task, attempt, value, error: null });
      },
      (e: unknown) => {
        if (!controller.signal.aborted) setSettled((s) => ({ task, attempt, value: s.value, error: asError(e) }));
      },
    );
    return () => controller.abort();
  }, [task, attempt]);

  const current = task !== null && settled.task === task && settled.attempt === attempt;
  return {
    value: settled.value,
    pending: task !== null && !current,
    error: current ? settled.error : null,
    retry: () => setAttempt((n) => n + 1),
  };
}
