import { explainPair } from '@/domain/access/access-explain';
import { accessMatrix } from '@/domain/access/access-matrix';
import { assertNever } from '@/domain/assert-never';
import { accountIndexOf, previewChange } from '@/domain/reachability/change-preview';
import type { ReachabilityTest } from '@/domain/reachability/reachability-test';
import { reviewAccount } from '@/domain/review/review-report';
import type { Snapshot } from '@/domain/snapshot';
import { draftFindingsImpact } from './draft-findings-impact';
import { encodeMatrix, matrixTransferables } from './matrix-transfer';
import type { AnalysisQuery, AnalysisRequest, AnalysisResponse, SnapshotId } from './protocol';
import { applySnapshotDelta } from './snapshot-delta';

/**
 * analysis-engine: the analysis worker's side of the protocol, free of the worker itself so it
 * runs in Node tests and, where there is no Worker, in the page. Requests queue up and run in
 * order, one query per `schedule`d step: a query is synchronous and cannot be interrupted, but
 * between two steps the cancels that arrived in the meantime are received, so a query superseded
 * while it waited is skipped rather than computed for nobody.
 */
export interface EngineHost {
  post(response: AnalysisResponse, transfer: Transferable[]): void;
  /** Runs `step` after the messages already received (the worker: a zero timeout). */
  schedule(step: () => void): void;
}

export interface AnalysisEngine {
  receive(request: AnalysisRequest): void;
}

type Queued = Exclude<AnalysisRequest, { type: 'cancel' }>;

const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));

export function createAnalysisEngine(host: EngineHost): AnalysisEngine {
  const snapshots = new Map<SnapshotId, Snapshot>();
  const queue: Queued[] = [];
  let scheduled = false;
  // The saved tests arrive with every preview; the same tests as one array let previewChange keep
  // the base account's outcomes (it caches them by the array).
  let tests: { text: string; list: readonly ReachabilityTest[] } = { text: '[]', list: [] };

  const internTests = (list: readonly ReachabilityTest[]): readonly ReachabilityTest[] => {
    const text = JSON.stringify(list);
    if (text !== tests.text) tests = { text, list };
    return tests.list;
  };

  const snapshotOf = (id: SnapshotId): Snapshot => {
    const s = snapshots.get(id);
    if (s === undefined) throw new Error(`account ${id} is not loaded in the analysis worker`);
    return s;
  };

  function answer(q: AnalysisQuery): { response: AnalysisResponse; transfer: Transferable[] } {
    const snapshot = snapshotOf(q.snapshotId);
    switch (q.type) {
      case 'review':
        return { response: { type: 'review', id: q.id, report: reviewAccount(accountIndexOf(snapshot)) }, transfer: [] };
      case 'matrix': {
        const matrix = encodeMatrix(accessMatrix(accountIndexOf(snapshot), { peerSources: q.peerSources }));
        return { response: { type: 'matrix', id: q.id, matrix }, transfer: matrixTransferables(matrix) };
      }
      case 'explain': {
        const index = accountIndexOf(snapshot);
        return { response: { type: 'explain', id: q.id, pairs: q.rows.map((row) => explainPair(index, row)) }, transfer: [] };
      }
      case 'change-preview': {
        const after = applySnapshotDelta(snapshot, q.draft);
        return { response: { type: 'change-preview', id: q.id, preview: previewChange(snapshot, after, internTests(q.tests)) }, transfer: [] };
      }
      case 'findings-impact': {
        const impact = draftFindingsImpact(snapshot, applySnapshotDelta(snapshot, q.draft));
        return { response: { type: 'findings-impact', id: q.id, impact }, transfer: [] };
      }
      default:
        return assertNever(q);
    }
  }

  function run(q: AnalysisQuery): void {
    let out: { response: AnalysisResponse; transfer: Transferable[] };
    try {
      out = answer(q);
    } catch (e) {
      out = { response: { type: 'error', id: q.id, message: messageOf(e) }, transfer: [] };
    }
    host.post(out.response, out.transfer);
  }

  function step(): void {
    scheduled = false;
    // Loads and drops are bookkeeping: they run in order up to and including the first query.
    for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
      if (next.type === 'load-snapshot') snapshots.set(next.snapshotId, next.snapshot);
      else if (next.type === 'drop-snapshot') snapshots.delete(next.snapshotId);
      else {
        run(next);
        break;
      }
    }
    wake();
  }

  function wake(): void {
    if (scheduled || queue.length === 0) return;
    scheduled = true;
    host.schedule(step);
  }

  return {
    receive(request) {
      if (request.type === 'cancel') {
        const at = queue.findIndex((q) => q.type !== 'load-snapshot' && q.type !== 'drop-snapshot' && q.id === request.id);
        if (at >= 0) queue.splice(at, 1);
        return;
      }
      queue.push(request);
      wake();
    },
  };
}
