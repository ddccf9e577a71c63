import type { ExplainPair } from '@/domain/access/access-explain';
import type { AccessMatrixRow } from '@/domain/access/access-matrix';
import { err, type Result } from '@/domain/net';
import type { Snapshot } from '@/domain/snapshot';
import type { AnalysisClient } from './analysis-client';

/**
 * ExplainCache: the trace behind each access-matrix row, asked of the analysis worker for the rows
 * on screen only (explaining all ~200,000 rows of an XL matrix would take the worker tens of
 * seconds). Rows asked for in the same tick go as one request; answers are kept per row key for
 * the account's lifetime, and subscribers (useSyncExternalStore) hear when some arrive.
 */
export interface ExplainCache {
  /** The answer for a row, or undefined while it has not arrived. */
  peek(key: string): Result<ExplainPair> | undefined;
  /** Asks for a row's answer, unless it is known or on its way. */
  request(row: AccessMatrixRow): void;
  subscribe(listener: () => void): () => void;
}

export function createExplainCache(client: AnalysisClient, snapshot: Snapshot): ExplainCache {
  const answers = new Map<string, Result<ExplainPair>>();
  const asked = new Set<string>();
  const listeners = new Set<() => void>();
  let batch: AccessMatrixRow[] = [];

  const flush = () => {
    const rows = batch;
    batch = [];
    const keep = (pairs: readonly Result<ExplainPair>[]) => {
      rows.forEach((row, i) => answers.set(row.key, pairs[i] ?? err('the analysis gave no answer for this entry')));
      listeners.forEach((l) => l());
    };
    client.explain(snapshot, rows.map(({ source, destination, protocol, ports }) => ({ source, destination, protocol, ports }))).then(keep, (e: unknown) => {
      // A failed request is shown on its rows (as "Cannot trace: …"), not retried in a loop.
      keep(rows.map(() => err(e instanceof Error ? e.message : String(e))));
    });
  };

  return {
    peek: (key) => answers.get(key),
    request(row) {
      if (asked.has(row.key)) return;
      asked.add(row.key);
      if (batch.length === 0) queueMicrotask(flush);
      batch.push(row);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
