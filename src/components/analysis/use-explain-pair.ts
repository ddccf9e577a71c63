import { useEffect, useSyncExternalStore } from 'react';
import type { ExplainPair } from '@/domain/access/access-explain';
import type { AccessMatrixRow } from '@/domain/access/access-matrix';
import type { Result } from '@/domain/net';
import type { ExplainCache } from './explain-cache';

/** useExplainPair: the trace behind a matrix row once the worker answered (undefined until then); asks for it when the row shows. */
export function useExplainPair(cache: ExplainCache, row: AccessMatrixRow): Result<ExplainPair> | undefined {
  const pair = useSyncExternalStore(cache.subscribe, () => cache.peek(row.key));
  useEffect(() => {
    if (pair === undefined) cache.request(row);
  }, [cache, row, pair]);
  return pair;
}
