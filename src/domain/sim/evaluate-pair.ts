import type { AccountIndex } from '@/domain/account';
import { chooseRoutingPeer, LATENCY_SWITCH_DWELL_S, type HoldReason, type RoutingCandidate, type RoutingDecision } from '@/domain/routing/choose-routing-peer';
import type { RelayedSwitchDelay } from '@/domain/routing/relayed-switch-delay';
import type { RoutingPeerOption } from '@/domain/routing/route-candidates';
import { latencySample } from './noise';
import { record, suspend, type Pair, type PairLink } from './pair';
import { linkHash, linkPartners, linkView, peerOnline, tcpFlows, type SimLab } from './sim-lab';
import { NO_ROUTING_PEER, switchReasonText, type SimSwitch } from './sim-result';

/**
 * evaluate-pair: one re-evaluation of one client's route, exactly as the agent does on a status
 * change or its 30 s timer: the lab gives each candidate's link (status, relayed, a latency
 * sample with noise), the routing module's chooseRoutingPeer decides (margins, dwell,
 * relayed-switch delay), and a change of carrier
 * becomes a switch with NetBird's reason and the TCP flows it resets. Two shortcuts keep a
 * thousand clients cheap without changing any outcome: a pair none of whose inputs changed since
 * a steady evaluation replays it (Pair.steady), and clients whose links to a route's routing
 * peers are all default share one decision per instant (plainDecision).
 */

export interface EvalContext {
  index: AccountIndex;
  lab: SimLab;
  seed: number;
  delay: RelayedSwitchDelay;
  switches: SimSwitch[];
  /** How many evaluations the run made so far. */
  evaluations: number;
  /**
   * The decisions of the current instant for clients whose links to a route's routing peers are
   * all default, by route options and current carrier: such clients of one network see the same
   * candidates, so they decide alike. The run clears it before each instant's evaluations
   * (liveness moves between them).
   */
  plain: Map<readonly RoutingPeerOption[], Map<string | null, RoutingDecision>>;
}

/** Outcome: whether the pair must be looked at again on the next 30 s tick even if nothing happens. */
export type Outcome = { watch: boolean };

export function evaluatePair(ctx: EvalContext, pair: Pair, t: number): Outcome {
  const { lab, seed } = ctx;
  const client = pair.client;
  if (!peerOnline(lab, client)) {
    suspend(pair, t, 'offline');
    return { watch: false };
  }
  if (pair.steady !== null) {
    countHold(pair, pair.steady);
    return { watch: false };
  }
  let d: RoutingDecision;
  let noisy = false;
  const partners = linkPartners(lab, client);
  if (partners === undefined || !pair.route.options.some((o) => partners.has(o.peerId))) d = plainDecision(ctx, pair);
  else {
    pair.links ??= pairLinks(lab, pair);
    const candidates: RoutingCandidate[] = [];
    for (const l of pair.links) {
      const id = l.option.peerId;
      if (l.noise_ms > 0) noisy = true;
      candidates.push({
        id,
        metric: l.option.metric,
        status: !peerOnline(lab, id) ? 'connecting' : l.connection === 'idle' ? 'idle' : 'connected',
        relayed: l.connection === 'relayed',
        latency_ms: latencySample(seed, l.hash, t, l.latency_ms, l.noise_ms),
        latency_noise_ms: l.noise_ms,
        degraded_for_s: id === pair.current && pair.degradedSince !== null ? t - pair.degradedSince : null,
      });
    }
    d = chooseRoutingPeer({
      current: pair.current,
      seconds_since_latency_switch: pair.lastLatencySwitchAt === null ? null : t - pair.lastLatencySwitchAt,
      relayed_switch_delay: ctx.delay,
      candidates,
    });
  }
  const next = d.kind === 'none' ? null : d.chosen;
  if (d.kind === 'keep') countHold(pair, d.held);
  if (next !== pair.current || pair.fresh) {
    if (!pair.fresh && next !== pair.current) {
      const resets = pair.current === null ? 0 : tcpFlows(lab, client);
      const reason = d.kind === 'switch' ? switchReasonText(d.reason) : NO_ROUTING_PEER;
      ctx.switches.push({ t, client, route: pair.route.key, from: pair.current, to: next, reason, resets });
    }
    if (d.kind === 'switch' && d.reason === 'lower latency' && !pair.fresh) pair.lastLatencySwitchAt = t;
    if (next !== pair.current) pair.degradedSince = null;
    pair.current = next;
    pair.fresh = false;
    record(pair, t, next, next === null ? 'no-peer' : 'routed');
  }
  const watch = noisy || timersRunning(ctx, pair, t);
  pair.steady = watch ? null : steadyAfter(d);
  return { watch };
}

/**
 * plainDecision: the choice of a client whose links to the route's routing peers are all default
 * (direct, latency unknown, no noise). Liveness and metrics decide: unknown latencies all count
 * as 999 ms and no link is relayed, so neither the latency dwell nor the relayed-switch delay can
 * come into play (and no link event ever degraded its carrier). Shared by every such client with
 * the same options and current carrier at this instant.
 */
function plainDecision(ctx: EvalContext, pair: Pair): RoutingDecision {
  const options = pair.route.options;
  let byCurrent = ctx.plain.get(options);
  if (byCurrent === undefined) ctx.plain.set(options, (byCurrent = new Map()));
  let d = byCurrent.get(pair.current);
  if (d === undefined) {
    const candidates = options.map((o): RoutingCandidate => ({
      id: o.peerId,
      metric: o.metric,
      status: peerOnline(ctx.lab, o.peerId) ? 'connected' : 'connecting',
      relayed: false,
      latency_ms: null,
      latency_noise_ms: 0,
      degraded_for_s: null,
    }));
    d = chooseRoutingPeer({ current: pair.current, seconds_since_latency_switch: null, relayed_switch_delay: ctx.delay, candidates });
    byCurrent.set(pair.current, d);
  }
  return d;
}

/**
 * steadyAfter: what the next evaluation gives if nothing it reads changes. No peer (none) stays
 * none and a kept peer stays kept for the same reason; a peer taken because the current one was
 * unavailable is the best-ranked one, so it is then kept as the best. After any other switch the
 * peers ranked before the new carrier must be weighed against it anew: unknown.
 */
function steadyAfter(d: RoutingDecision): HoldReason | 'none' | null {
  switch (d.kind) {
    case 'none':
      return 'none';
    case 'keep':
      return d.held;
    case 'switch':
      return d.reason === 'current routing peer unavailable' ? 'best' : null;
  }
}

/** countHold: a kept carrier with a better-ranked peer held back is counted by reason (the flapping that did not happen). */
function countHold(pair: Pair, held: HoldReason | 'none'): void {
  if (held !== 'best' && held !== 'none') pair.track.holds[held] = (pair.track.holds[held] ?? 0) + 1;
}

/** pairLinks: the client's links to the route's options, read from the lab once. */
function pairLinks(lab: SimLab, pair: Pair): PairLink[] {
  return pair.route.options.map((option) => {
    const link = linkView(lab, pair.client, option.peerId);
    const hash = link.noise_ms > 0 ? linkHash(lab, pair.client, option.peerId) : 0;
    return { connection: link.connection, latency_ms: link.latency_ms, noise_ms: link.noise_ms, option, hash };
  });
}

/** timersRunning: a dwell or relayed-switch delay is still counting, so time alone may change the choice. */
function timersRunning(ctx: EvalContext, pair: Pair, t: number): boolean {
  if (pair.lastLatencySwitchAt !== null && t - pair.lastLatencySwitchAt < LATENCY_SWITCH_DWELL_S) return true;
  return pair.degradedSince !== null && ctx.delay.kind === 'after' && t - pair.degradedSince < ctx.delay.seconds;
}
