import { useMemo } from 'react';
import type { MembershipImpact } from '@/domain/rules/editor/group-membership-impact';
import type { Snapshot } from '@/domain/snapshot';
import { analysisClient } from '../analysis/analysis-client';
import { useAnalysis, type AnalysisState, type AnalysisTask } from '../analysis/use-analysis';

/**
 * useFindingsImpact: the linter's findings `after` (the account with an editor's draft applied,
 * memoized on the draft) would add to and resolve in `before` (the account as loaded). Linting an
 * XL account takes the best part of a second, so it runs in the analysis worker: each edit
 * supersedes the one before it, and the previous answer stays while the new one is computed.
 * Nothing is asked while either account is missing (still loading).
 */
export function useFindingsImpact(before: Snapshot | undefined, after: Snapshot | undefined): AnalysisState<MembershipImpact> {
  const task = useMemo<AnalysisTask<MembershipImpact> | null>(
    () => (before !== undefined && after !== undefined ? (signal) => analysisClient().findingsImpact(before, after, signal) : null),
    [before, after],
  );
  return useAnalysis(task);
}
