import { buildAccountIndex } from '@/domain/account';
import type { WireSnapshot } from './snapshot-builder';
import { tracePacket, type TraceQuery } from '@/domain/trace/trace-packet';
import type { TraceResult } from '@/domain/trace/trace-result';

/** traceOf: a successful trace or a thrown error (tests only), so expectations read as the JSON contract. */
export function traceOf(snapshot: WireSnapshot, query: TraceQuery): TraceResult {
  const r = tracePacket(buildAccountIndex(snapshot), query);
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

/** verdictOf: "allowed" or "denied: <reason>", the shortest readable expectation. */
export function verdictOf(snapshot: WireSnapshot, query: TraceQuery): string {
  const t = traceOf(snapshot, query);
  return t.verdict === 'allowed' ? 'allowed' : `denied: ${t.reason}`;
}

/** stageNames lists the stages with a ✗ on the denying one. */
export function stageNames(t: TraceResult): string[] {
  return t.stages.map((s) => (s.allowed ? s.stage : `${s.stage} ✗`));
}
