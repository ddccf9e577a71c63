import { useSuspenseQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { queries, useApiClient, type AccountSnapshot } from '@/api';
import { analysisClient, useAnalysis, type AnalysisState, type AnalysisTask } from '@/components/analysis';
import type { ReviewReport } from '@/domain/review/review-report';

/** ReviewData: a report with the snapshot it was computed from (a fix is built against that one). */
export interface ReviewData {
  snapshot: AccountSnapshot;
  report: ReviewReport;
}

/**
 * useReviewData: the Review page's findings and network health, computed in the analysis worker
 * once per snapshot (reviewAccount, ~1 s on an XL account, off the page's thread). Every change
 * saved anywhere invalidates the snapshot, so the report follows it (a one-click fix's finding
 * disappears when the new snapshot's report arrives); meanwhile the previous report stays, stale.
 */
export function useReviewData(): { snapshot: AccountSnapshot; analysis: AnalysisState<ReviewData> } {
  const client = useApiClient();
  const { data: snapshot } = useSuspenseQuery(queries.snapshot(client));
  const task = useMemo<AnalysisTask<ReviewData>>(() => (signal) => analysisClient().review(snapshot, signal).then((report) => ({ snapshot, report })), [snapshot]);
  return { snapshot, analysis: useAnalysis(task) };
}
