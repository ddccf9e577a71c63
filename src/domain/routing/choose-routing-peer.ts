import type { RelayedSwitchDelay } from './relayed-switch-delay';

/**
 * choose-routing-peer: which routing peer a client sends a route's traffic through, the way the
 * NetBird agent re-evaluates it on every status change. The order is strict (connected before
 * idle, lower metric, direct before relayed, lower latency), but leaving the current peer is not
 * free: every switch resets the established TCP flows, so latency-only wins need a margin and a
 * dwell time, and a peer that merely fell back to a relay is given time to recover.
 */

/** CandidateStatus: a lazy (idle) peer is online but not yet connected; connecting is never chosen. */
export type CandidateStatus = 'connected' | 'idle' | 'connecting';

/** RoutingCandidate mirrors one entry of the `nbrc ha` scenario's `candidates`. */
export interface RoutingCandidate {
  id: string;
  metric: number;
  status: CandidateStatus;
  relayed: boolean;
  /** Round-trip latency from the client; null, 0 or negative means unknown (counted as 999 ms). */
  latency_ms: number | null;
  /** Standard deviation of the latency samples; null means 0. */
  latency_noise_ms: number | null;
  /** Seconds since this peer dropped from direct to relayed while carrying the route; null when it did not. */
  degraded_for_s: number | null;
}

/** RoutingScenario mirrors the `nbrc ha` scenario, with the delay already parsed. */
export interface RoutingScenario {
  current: string | null;
  /** Seconds since the client last switched for latency alone; null when it never did. */
  seconds_since_latency_switch: number | null;
  relayed_switch_delay: RelayedSwitchDelay;
  candidates: readonly RoutingCandidate[];
}

/** SwitchReason: the reasons NetBird logs with "Routing peer changed: <reason>". */
export type SwitchReason =
  | 'current routing peer unavailable'
  | 'connected peer preferred over idle'
  | 'lower route metric'
  | 'direct connection preferred over relayed'
  | 'lower latency';

/** HoldReason: why a better-ranked candidate did not (yet) replace the current peer. */
export type HoldReason = 'best' | 'latency-gain-below-margin' | 'latency-dwell' | 'relayed-switch-delay' | 'relayed-switch-never';

/** RoutingDecision: the outcome of one evaluation. `none` means no candidate is eligible. */
export type RoutingDecision =
  | { kind: 'none' }
  | { kind: 'keep'; chosen: string; held: HoldReason }
  | { kind: 'switch'; chosen: string; from: string | null; reason: SwitchReason };

/** RankKey: the criteria of the order, most significant first. */
export type RankKey = 'status' | 'metric' | 'relayed' | 'latency';

/** UNKNOWN_LATENCY_MS: NetBird counts a zero or missing latency as 999 ms, to avoid but not block the peer. */
export const UNKNOWN_LATENCY_MS = 999;
/** LATENCY_MIN_GAIN_MS: the smallest latency gain worth a switch (the docs' "more than 20 ms"). */
export const LATENCY_MIN_GAIN_MS = 20;
/** LATENCY_RELATIVE_GAIN: on slow links the margin grows with the current latency. */
export const LATENCY_RELATIVE_GAIN = 0.2;
/** LATENCY_NOISE_FACTOR: noisy measurements must differ by several standard deviations. */
export const LATENCY_NOISE_FACTOR = 4;
/** LATENCY_SWITCH_DWELL_S: the minimum hold after a latency-driven switch, against flapping. */
export const LATENCY_SWITCH_DWELL_S = 30;

const STATUS_RANK: Readonly<Record<CandidateStatus, number>> = { connected: 0, idle: 1, connecting: 2 };

/** effectiveLatency: the latency the order uses (unknown or ≤ 0 counts as 999 ms). */
export function effectiveLatency(c: Pick<RoutingCandidate, 'latency_ms'>): number {
  return c.latency_ms === null || !(c.latency_ms > 0) ? UNKNOWN_LATENCY_MS : c.latency_ms;
}

/** decidingKey: the first criterion on which `a` and `b` differ, or null on a full tie. */
export function decidingKey(a: RoutingCandidate, b: RoutingCandidate): RankKey | null {
  if (STATUS_RANK[a.status] !== STATUS_RANK[b.status]) return 'status';
  if (a.metric !== b.metric) return 'metric';
  if (a.relayed !== b.relayed) return 'relayed';
  if (effectiveLatency(a) !== effectiveLatency(b)) return 'latency';
  return null;
}

/** compareCandidates: negative when `a` ranks before `b`. */
export function compareCandidates(a: RoutingCandidate, b: RoutingCandidate): number {
  switch (decidingKey(a, b)) {
    case 'status':
      return STATUS_RANK[a.status] - STATUS_RANK[b.status];
    case 'metric':
      return a.metric - b.metric;
    case 'relayed':
      return a.relayed ? 1 : -1;
    case 'latency':
      return effectiveLatency(a) - effectiveLatency(b);
    case null:
      return 0;
  }
}

/**
 * sortCandidates: best first. On a full tie the current peer comes first (it stays), then the
 * input order, so the result is deterministic.
 */
export function sortCandidates(candidates: readonly RoutingCandidate[], current: string | null): RoutingCandidate[] {
  return candidates
    .map((c, i) => ({ c, i }))
    .sort((x, y) => compareCandidates(x.c, y.c) || Number(y.c.id === current) - Number(x.c.id === current) || x.i - y.i)
    .map((x) => x.c);
}

/** latencyMargin: the gain a latency-only switch needs, max(20 ms, 20 % of current, 4·√(σcur² + σcand²)). */
export function latencyMargin(current: RoutingCandidate, candidate: RoutingCandidate): number {
  const nc = current.latency_noise_ms ?? 0;
  const nd = candidate.latency_noise_ms ?? 0;
  return Math.max(LATENCY_MIN_GAIN_MS, LATENCY_RELATIVE_GAIN * effectiveLatency(current), LATENCY_NOISE_FACTOR * Math.sqrt(nc * nc + nd * nd));
}

type SwitchVerdict = { switch: true; reason: SwitchReason } | { switch: false; held: HoldReason };

/** switchVerdict: may `candidate`, ranked before `current`, replace it now? */
function switchVerdict(candidate: RoutingCandidate, current: RoutingCandidate, scenario: RoutingScenario): SwitchVerdict {
  const key = decidingKey(candidate, current);
  switch (key) {
    case 'status':
      return { switch: true, reason: 'connected peer preferred over idle' };
    case 'metric':
      return { switch: true, reason: 'lower route metric' };
    case 'relayed': {
      const reason: SwitchReason = 'direct connection preferred over relayed';
      // Only a peer that degraded while carrying the route gets time to recover; one that was
      // relayed from the start is simply worse.
      if (current.degraded_for_s === null) return { switch: true, reason };
      const delay = scenario.relayed_switch_delay;
      if (delay.kind === 'never') return current.status === 'connected' ? { switch: false, held: 'relayed-switch-never' } : { switch: true, reason };
      return current.degraded_for_s >= delay.seconds ? { switch: true, reason } : { switch: false, held: 'relayed-switch-delay' };
    }
    case 'latency': {
      const gain = effectiveLatency(current) - effectiveLatency(candidate);
      if (gain < latencyMargin(current, candidate)) return { switch: false, held: 'latency-gain-below-margin' };
      const since = scenario.seconds_since_latency_switch;
      if (since !== null && since < LATENCY_SWITCH_DWELL_S) return { switch: false, held: 'latency-dwell' };
      return { switch: true, reason: 'lower latency' };
    }
    case null:
      return { switch: false, held: 'best' };
  }
}

/**
 * chooseRoutingPeer evaluates a scenario once. Without an eligible current peer (none yet,
 * gone, or connecting) the best candidate is taken with "current routing peer unavailable".
 * Otherwise the candidates ranked before the current one are tried in order, and the first that
 * is allowed to replace it wins; if none is, the current peer is kept and `held` says why.
 */
export function chooseRoutingPeer(scenario: RoutingScenario): RoutingDecision {
  const eligible = scenario.candidates.filter((c) => c.status !== 'connecting');
  const ranked = sortCandidates(eligible, scenario.current);
  const best = ranked[0];
  if (best === undefined) return { kind: 'none' };
  const current = eligible.find((c) => c.id === scenario.current);
  if (current === undefined) return { kind: 'switch', chosen: best.id, from: scenario.current, reason: 'current routing peer unavailable' };
  let held: HoldReason = 'best';
  for (const candidate of ranked) {
    if (candidate === current) break;
    const verdict = switchVerdict(candidate, current, scenario);
    if (verdict.switch) return { kind: 'switch', chosen: candidate.id, from: current.id, reason: verdict.reason };
    if (held === 'best') held = verdict.held;
  }
  return { kind: 'keep', chosen: current.id, held };
}

/** RoutingDecisionJson: the `nbrc ha` output; `reason` is set only when the client switches. */
export interface RoutingDecisionJson {
  chosen: string | null;
  reason: SwitchReason | null;
}

export function routingDecisionJson(decision: RoutingDecision): RoutingDecisionJson {
  switch (decision.kind) {
    case 'none':
      return { chosen: null, reason: null };
    case 'keep':
      return { chosen: decision.chosen, reason: null };
    case 'switch':
      return { chosen: decision.chosen, reason: decision.reason };
  }
}

/** preferenceReason: the NetBird reason `better` ranks before `worse`, or null on a full tie. */
export function preferenceReason(better: RoutingCandidate, worse: RoutingCandidate): Exclude<SwitchReason, 'current routing peer unavailable'> | null {
  switch (decidingKey(better, worse)) {
    case 'status':
      return 'connected peer preferred over idle';
    case 'metric':
      return 'lower route metric';
    case 'relayed':
      return 'direct connection preferred over relayed';
    case 'latency':
      return 'lower latency';
    case null:
      return null;
  }
}
