import type { TraceChain, TraceDns, TracePath, TraceReason, TraceResult, TraceStage, TraceStageName } from './trace-result';

/**
 * trace-recorder: collects stages and the result fields as a trace walks the packet's path. A
 * denial ends the walk, like a real firewall drop: later stages are not reported.
 */
export interface TraceRecorder {
  path: TracePath;
  routing_peer: string | null;
  chain: TraceChain | null;
  policy: string | null;
  masquerade: boolean | null;
  source_after_nat: string | null;
  dns: TraceDns | null;
  pass(stage: TraceStageName, message: string): void;
  deny(stage: TraceStageName, reason: Exclude<TraceReason, 'allowed'>, message: string): TraceResult;
  finish(message: string): TraceResult;
}

export function startTrace(): TraceRecorder {
  const stages: TraceStage[] = [];
  const result = (reason: TraceReason): TraceResult => ({
    verdict: reason === 'allowed' ? 'allowed' : 'denied',
    reason,
    path: rec.path,
    routing_peer: rec.routing_peer,
    chain: rec.chain,
    policy: rec.policy,
    masquerade: rec.masquerade,
    source_after_nat: rec.source_after_nat,
    dns: rec.dns,
    stages,
  });
  const rec: TraceRecorder = {
    path: { kind: 'none', id: null, network_id: null },
    routing_peer: null,
    chain: null,
    policy: null,
    masquerade: null,
    source_after_nat: null,
    dns: null,
    pass(stage, message) {
      stages.push({ stage, allowed: true, message });
    },
    deny(stage, reason, message) {
      stages.push({ stage, allowed: false, message });
      stages.push({ stage: 'Completed', allowed: false, message: `packet dropped: ${reason}` });
      return result(reason);
    },
    finish(message) {
      stages.push({ stage: 'Completed', allowed: true, message });
      return result('allowed');
    },
  };
  return rec;
}
