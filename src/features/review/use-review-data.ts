import { useSuspenseQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { queries, useApiClient, type AccountSnapshot } from '@/api';
import { reviewAccount, type ReviewReport } from '@/domain/review/review-report';

/**
 * useReviewData: the Review page's findings and network health, computed once per snapshot. Every
 * change saved anywhere invalidates the snapshot, so the report follows it (a one-click fix's
 * finding disappears when the new snapshot arrives). The analysis is one call on plain data, the
 * seam where it can move to a Web Worker for very large accounts.
 */
export function useReviewData(): { snapshot: AccountSnapshot; report: ReviewReport } {
  const client = useApiClient();
  const { data: snapshot } = useSuspenseQuery(queries.snapshot(client));
  const report = useMemo(() => reviewAccount(snapshot), [snapshot]);
  return { snapshot, report };
}
