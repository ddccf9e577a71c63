import type { HoldReason } from '@/domain/routing/choose-routing-peer';
import type { RoutingPeerOption } from '@/domain/routing/route-candidates';
import type { SimRoute } from './client-routes';
import type { LinkView } from './sim-lab';
import type { SimTrack, TrackState } from './sim-result';

/**
 * pair: one client's state for one route during a run: the routing peer carrying it, the clocks
 * the choice needs (last latency-driven switch, when the carrier degraded to relayed), and
 * whether the 30 s tick can change anything for it (`watch`).
 */
export interface Pair {
  /** Creation order: pairs are evaluated in this order at each instant, so runs are reproducible. */
  idx: number;
  client: string;
  route: SimRoute;
  track: SimTrack;
  current: string | null;
  lastLatencySwitchAt: number | null;
  /** When the current carrier dropped from direct to relayed; null while it has not. */
  degradedSince: number | null;
  /** The next evaluation starts the track afresh (first choice, not a switch). */
  fresh: boolean;
  /** Received by the client under the current configuration. */
  received: boolean;
  /** The links to the options; null when they must be read again from the lab. */
  links: PairLink[] | null;
  /**
   * The outcome the next evaluation would give, as long as nothing it reads changes: set after an
   * evaluation with no clock running and no noise (evaluate-pair's steadyAfter; its decision then
   * depends on nothing that time alone moves), cleared by whatever changes its inputs (an event
   * touching the pair, new options, a suspension). Re-evaluating everyone after a configuration
   * event then costs a count, not a choice. `none` is "no routing peer, and still none".
   */
  steady: HoldReason | 'none' | null;
  /** The plan that last found it received. */
  epoch: number;
}

/** PairLink: the client's link to one option, cached until a link event touches the pair. */
export interface PairLink extends LinkView {
  option: RoutingPeerOption;
  /** The link's noise key; 0 when the link has no noise (no sample is drawn). */
  hash: number;
}

/** record appends a state change to the pair's track (nothing when the state is unchanged). */
export function record(pair: Pair, t: number, peer: string | null, state: TrackState): void {
  const last = pair.track.changes[pair.track.changes.length - 1];
  if (last !== undefined && last.peer === peer && last.state === state) return;
  if (last !== undefined && last.t === t) pair.track.changes.pop();
  const prev = pair.track.changes[pair.track.changes.length - 1];
  if (prev !== undefined && prev.peer === peer && prev.state === state) return;
  pair.track.changes.push({ t, peer, state });
}

/** suspend: the client went offline or stopped receiving the route; its next choice starts afresh. */
export function suspend(pair: Pair, t: number, state: 'offline' | 'not-received'): void {
  pair.current = null;
  pair.lastLatencySwitchAt = null;
  pair.degradedSince = null;
  pair.fresh = true;
  pair.steady = null;
  record(pair, t, null, state);
}
