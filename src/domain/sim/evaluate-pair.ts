import type { AccountIndex } from '@/domain/account';
import { chooseRoutingPeer, LATENCY_SWITCH_DWELL_S, type RoutingCandidate } from '@/domain/routing/choose-routing-peer';
import type { RelayedSwitchDelay } from '@/domain/routing/relayed-switch-delay';
import { latencySample } from './noise';
import { record, suspend, type Pair, type PairLink } from './pair';
import { linkHash, linkView, peerOnline, tcpFlows, type SimLab } from './sim-lab';
import { NO_ROUTING_PEER, switchReasonText, type SimSwitch } from './sim-result';

/**
 * evaluate-pair: one re-evaluation of one client's route, exactly as the agent does on a status
 * change or its 30 s timer: the lab gives each candidate's link (status, relayed, a latency
 * sample with noise), the routing module's chooseRoutingPeer decides (margins, dwell,
 * relayed-switch delay), and a change of carrier
 * becomes a switch with NetBird's reason and the TCP flows it resets.
 */

export interface EvalContext {
  index: AccountIndex;
  lab: SimLab;
  seed: number;
  delay: RelayedSwitchDelay;
  switches: SimSwitch[];
  /** How many evaluations the run made so far. */
  evaluations: number;
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
  pair.links ??= pairLinks(lab, pair);
  const candidates: RoutingCandidate[] = [];
  let noisy = false;
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
  const d = chooseRoutingPeer({
    current: pair.current,
    seconds_since_latency_switch: pair.lastLatencySwitchAt === null ? null : t - pair.lastLatencySwitchAt,
    relayed_switch_delay: ctx.delay,
    candidates,
  });
  const next = d.kind === 'none' ? null : d.chosen;
  if (d.kind === 'keep' && d.held !== 'best') pair.track.holds[d.held] = (pair.track.holds[d.held] ?? 0) + 1;
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
  return { watch: noisy || timersRunning(ctx, pair, t) };
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
