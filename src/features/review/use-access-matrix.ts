import { useSuspenseQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { queries, useApiClient, type AccountSnapshot } from '@/api';
import { analysisClient, createExplainCache, useAnalysis, type AnalysisState, type AnalysisTask, type ExplainCache } from '@/components/analysis';
import type { AccessMatrix } from '@/domain/access/access-matrix';

export interface AccessMatrixData {
  /** The snapshot the matrix was computed from. */
  snapshot: AccountSnapshot;
  matrix: AccessMatrix;
  /** The trace that explains a row, asked of the worker for the rows on screen. */
  explainer: ExplainCache;
}

/**
 * useAccessMatrix: the access matrix of the current snapshot, with `peers` as extra sources,
 * computed in the analysis worker (accessMatrix, over a second and ~200,000 rows on an XL
 * account) and recomputed only when the snapshot or the peers change; the previous matrix stays
 * on screen, stale, until the new one arrives.
 */
export function useAccessMatrix(peers: readonly string[]): { snapshot: AccountSnapshot; analysis: AnalysisState<AccessMatrixData> } {
  const client = useApiClient();
  const { data: snapshot } = useSuspenseQuery(queries.snapshot(client));
  // A key, so a new array with the same peers (a re-render) does not recompute the matrix.
  const peersKey = peers.join('\n');
  const task = useMemo<AnalysisTask<AccessMatrixData>>(
    () => (signal) => {
      const analysis = analysisClient();
      return analysis.matrix(snapshot, peersKey === '' ? [] : peersKey.split('\n'), signal).then((matrix) => ({ snapshot, matrix, explainer: createExplainCache(analysis, snapshot) }));
    },
    [snapshot, peersKey],
  );
  return { snapshot, analysis: useAnalysis(task) };
}
