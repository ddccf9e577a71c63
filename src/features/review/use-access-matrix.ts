import { useSuspenseQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { queries, useApiClient, type AccountSnapshot } from '@/api';
import { buildAccountIndex } from '@/domain/account';
import { explainPair, type ExplainPair } from '@/domain/access/access-explain';
import { accessMatrix, type AccessMatrix, type AccessMatrixRow } from '@/domain/access/access-matrix';
import type { Result } from '@/domain/net';

export interface AccessMatrixData {
  snapshot: AccountSnapshot;
  matrix: AccessMatrix;
  /** The trace that explains a row (computed on demand: one click, one row). */
  explain: (row: AccessMatrixRow) => Result<ExplainPair>;
}

/**
 * useAccessMatrix: the access matrix of the current snapshot, with `peers` as extra sources.
 * The matrix is one call on plain data (accessMatrix), the seam where it can move to a Web
 * Worker for very large accounts; it is recomputed only when the snapshot or the peers change.
 */
export function useAccessMatrix(peers: readonly string[]): AccessMatrixData {
  const client = useApiClient();
  const { data: snapshot } = useSuspenseQuery(queries.snapshot(client));
  const index = useMemo(() => buildAccountIndex(snapshot), [snapshot]);
  // A key, so a new array with the same peers (a re-render) does not recompute the matrix.
  const peersKey = peers.join('\n');
  const matrix = useMemo(() => accessMatrix(index, { peerSources: peersKey === '' ? [] : peersKey.split('\n') }), [index, peersKey]);
  const explain = useCallback((row: AccessMatrixRow) => explainPair(index, row), [index]);
  return { snapshot, matrix, explain };
}
