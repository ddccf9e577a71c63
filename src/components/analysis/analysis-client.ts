import type { ExplainPair } from '@/domain/access/access-explain';
import type { AccessMatrix } from '@/domain/access/access-matrix';
import type { Result } from '@/domain/net';
import type { ChangePreview } from '@/domain/reachability/change-preview';
import type { ReachabilityTest } from '@/domain/reachability/reachability-test';
import type { ReviewReport } from '@/domain/review/review-report';
import type { MembershipImpact } from '@/domain/rules/editor/group-membership-impact';
import type { Snapshot } from '@/domain/snapshot';
import { inProcessTransport, workerTransport, type AnalysisTransport, type TransportFactory } from './analysis-transport';
import { decodeMatrix } from './matrix-transfer';
import type { AnalysisQuery, AnalysisResponse, ExplainQuery, RequestId, ResponseTo, SnapshotId } from './protocol';
import { encodeSnapshotDelta } from './snapshot-delta';

/**
 * AnalysisClient: the page's side of the analysis worker. Each call is a promise; aborting its
 * signal cancels it (a newer account or draft superseded it), and a failure in the worker rejects
 * it with the worker's message instead of leaving it waiting. An account object is posted to the
 * worker once, the first time a call names it, and known by identity afterwards; a draft travels
 * as its difference to the account it was made from.
 */
export interface AnalysisClient {
  review(snapshot: Snapshot, signal?: AbortSignal): Promise<ReviewReport>;
  matrix(snapshot: Snapshot, peerSources: readonly string[], signal?: AbortSignal): Promise<AccessMatrix>;
  explain(snapshot: Snapshot, rows: readonly ExplainQuery[], signal?: AbortSignal): Promise<Result<ExplainPair>[]>;
  /** The change preview of `after`, a draft made from `before` by the draft appliers (src/domain/draft). */
  changePreview(before: Snapshot, after: Snapshot, tests: readonly ReachabilityTest[], signal?: AbortSignal): Promise<ChangePreview>;
  /** The linter's findings `after`, a draft made from `before` by the draft appliers, would add and resolve. */
  findingsImpact(before: Snapshot, after: Snapshot, signal?: AbortSignal): Promise<MembershipImpact>;
  /** Stops the worker; calls still waiting are rejected. */
  close(): void;
}

/** AnalysisError: the analysis itself failed (an exception in the worker), or the worker did. */
export class AnalysisError extends Error {
  override name = 'AnalysisError';
}

/**
 * MAX_LOADED: accounts the worker keeps: the current one and the one before it, which a page may
 * still show while the new one is analysed. An XL account takes a few hundred MB once indexed.
 */
const MAX_LOADED = 2;

interface Waiting {
  settle(response: AnalysisResponse): void;
  fail(error: Error): void;
}

const asError = (e: unknown): Error => (e instanceof Error ? e : new Error(String(e)));

export function createAnalysisClient(connect: TransportFactory): AnalysisClient {
  let transport: AnalysisTransport | null = null;
  const waiting = new Map<RequestId, Waiting>();
  const snapshotIds = new WeakMap<Snapshot, SnapshotId>();
  /** What the current transport holds, least recently used first. */
  let loaded: SnapshotId[] = [];
  let lastRequest = 0;
  let lastSnapshot = 0;

  /** fail: the worker is gone with everything it held; the next call starts a new one. */
  function fail(error: Error): void {
    transport?.terminate();
    transport = null;
    loaded = [];
    const all = [...waiting.values()];
    waiting.clear();
    for (const w of all) w.fail(error);
  }

  const open = (): AnalysisTransport => (transport ??= connect({ response: (r) => waiting.get(r.id)?.settle(r), failure: fail }));

  function load(t: AnalysisTransport, snapshot: Snapshot): SnapshotId {
    let id = snapshotIds.get(snapshot);
    if (id === undefined) {
      id = ++lastSnapshot;
      snapshotIds.set(snapshot, id);
    }
    const at = loaded.indexOf(id);
    if (at >= 0) loaded.splice(at, 1);
    else t.post({ type: 'load-snapshot', snapshotId: id, snapshot }, []);
    loaded.push(id);
    while (loaded.length > MAX_LOADED) {
      const old = loaded.shift();
      if (old !== undefined) t.post({ type: 'drop-snapshot', snapshotId: old }, []);
    }
    return id;
  }

  function ask<Q extends AnalysisQuery>(snapshot: Snapshot, build: (id: RequestId, snapshotId: SnapshotId) => Q, signal?: AbortSignal): Promise<ResponseTo<Q>> {
    return new Promise((resolve, reject) => {
      if (signal?.aborted) {
        reject(signal.reason);
        return;
      }
      const id = ++lastRequest;
      const onAbort = () => {
        waiting.delete(id);
        transport?.post({ type: 'cancel', id }, []);
        reject(signal?.reason);
      };
      const done = () => {
        waiting.delete(id);
        signal?.removeEventListener('abort', onAbort);
      };
      let query: Q;
      try {
        const t = open();
        query = build(id, load(t, snapshot));
        waiting.set(id, {
          settle(r) {
            done();
            if (r.type === 'error') reject(new AnalysisError(r.message));
            else if (r.type !== query.type) reject(new AnalysisError(`the analysis worker answered a ${query.type} question with ${r.type}`));
            else resolve(r as ResponseTo<Q>);
          },
          fail(error) {
            done();
            reject(error);
          },
        });
        t.post(query, []);
      } catch (e) {
        // posting failed (an account that cannot be cloned): nothing was sent for this call
        done();
        reject(new AnalysisError(`the analysis could not start: ${asError(e).message}`));
        return;
      }
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  }

  return {
    review: (snapshot, signal) => ask(snapshot, (id, snapshotId) => ({ type: 'review', id, snapshotId }), signal).then((r) => r.report),
    matrix: (snapshot, peerSources, signal) =>
      ask(snapshot, (id, snapshotId) => ({ type: 'matrix', id, snapshotId, peerSources: [...peerSources] }), signal).then((r) => decodeMatrix(r.matrix)),
    explain: (snapshot, rows, signal) => ask(snapshot, (id, snapshotId) => ({ type: 'explain', id, snapshotId, rows }), signal).then((r) => r.pairs),
    changePreview: (before, after, tests, signal) =>
      ask(before, (id, snapshotId) => ({ type: 'change-preview', id, snapshotId, draft: encodeSnapshotDelta(before, after), tests }), signal).then((r) => r.preview),
    findingsImpact: (before, after, signal) =>
      ask(before, (id, snapshotId) => ({ type: 'findings-impact', id, snapshotId, draft: encodeSnapshotDelta(before, after) }), signal).then((r) => r.impact),
    close: () => fail(new AnalysisError('the analysis was closed')),
  };
}

let shared: AnalysisClient | null = null;

/** analysisClient: the page's one client: a Web Worker where the browser has them, else in-process. */
export function analysisClient(): AnalysisClient {
  return (shared ??= createAnalysisClient(typeof Worker === 'undefined' ? inProcessTransport : workerTransport));
}
