import type { AccountIndex } from '@/domain/account';
import type { Snapshot } from '@/domain/snapshot';
import { noOverrides } from './account-overrides';
import { concernedClients } from './concerned-clients';
import { evaluatePair, type EvalContext } from './evaluate-pair';
import type { Pair } from './pair';
import { applyEvent, indexFor, prepareSimulation, type PreparedSim } from './prepare';
import { TICK_S, type PolicyEvent, type RouterEvent, type SimEvent, type SimScenario } from './scenario';
import { linkView, newSimLab } from './sim-lab';
import { holdersOf, newPlan, optionPairs, planClients, refreshNetworks, type SimPlan } from './sim-plan';
import type { SimResult } from './sim-result';

/**
 * run-simulation: the scenario over simulated time. Nothing is recomputed per tick for everyone:
 * an event re-evaluates only the pairs it touches (a peer's clients, a link's two ends), the 30 s
 * tick only pairs whose choice can change with time alone (noisy latency, a running dwell or
 * relayed-switch delay), and only configuration events (router, policy) derive a new index and
 * re-plan the routes of the clients they concern. Candidate sets are cached per network.
 */

interface RunState {
  prep: PreparedSim;
  ctx: EvalContext;
  plan: SimPlan;
  watched: Set<Pair>;
}

/** replan: after a configuration change, the concerned clients' routes (null: every client's); pairs no longer received stop being watched. */
function replan(s: RunState, concerned: ReadonlySet<string> | null, t: number): void {
  for (const p of planClients(s.plan, s.ctx.index, concerned, t)) s.watched.delete(p);
}

type ConfigEvent = RouterEvent | PolicyEvent;

/**
 * reconfigure: the plan under the new index after the instant's configuration events (`before`
 * is the index they were applied to). Router changes of Networks only refresh those networks'
 * routes; anything else re-plans the clients the events concern, computed on the plan before.
 */
function reconfigure(s: RunState, before: AccountIndex, events: readonly ConfigEvent[], t: number): void {
  const networks = new Set<string>();
  let routersOnly = true;
  for (const e of events) {
    // a hand-written account may give a legacy route the id of a network router: re-plan then
    const router = e.kind === 'router' && !before.routes.has(e.router) ? before.routers.get(e.router) : undefined;
    if (router === undefined) routersOnly = false;
    else networks.add(router.network_id);
  }
  if (routersOnly) {
    refreshNetworks(s.plan, s.ctx.index, networks);
    return;
  }
  let concerned: Set<string> | null = new Set();
  for (const e of events) {
    const more = concernedClients(before, e, (key) => holdersOf(s.plan, key));
    if (more === null) {
      concerned = null;
      break;
    }
    for (const c of more) concerned.add(c);
  }
  replan(s, concerned, t);
}

/** received: every received pair, in creation order. */
const received = (s: RunState): Pair[] => s.plan.ordered.filter((p) => p.received);

/** touched: the pairs an event concerns; what they read changes, so none of them replays a steady outcome. */
function touched(s: RunState, e: SimEvent, out: Set<Pair>): void {
  const add = (p: Pair) => {
    p.steady = null;
    out.add(p);
  };
  switch (e.kind) {
    case 'peer':
      for (const p of optionPairs(s.plan, e.peer)) add(p);
      for (const p of s.plan.byClient.get(e.peer) ?? []) add(p);
      return;
    case 'link':
      for (const p of linkPairs(s, e.link[0], e.link[1])) {
        p.links = null;
        add(p);
      }
      return;
    case 'router':
    case 'policy':
      return;
  }
}

/** linkPairs: the pairs in which one end of the link may pick the other as routing peer. */
function linkPairs(s: RunState, a: string, b: string): Pair[] {
  const out: Pair[] = [];
  for (const [client, other] of [
    [a, b],
    [b, a],
  ] as const) {
    for (const p of s.plan.byClient.get(client) ?? []) if (p.route.options.some((o) => o.peerId === other)) out.push(p);
  }
  return out;
}

/**
 * degrade starts or stops the relayed-switch clock of the pairs whose carrier is the other end
 * of a link: only a carrier that drops from direct (or idle) to relayed is given time to recover.
 */
function degrade(s: RunState, a: string, b: string, wasRelayed: boolean, isRelayed: boolean, t: number): void {
  if (wasRelayed === isRelayed) return;
  for (const p of linkPairs(s, a, b)) {
    if (p.current !== (p.client === a ? b : a)) continue;
    p.degradedSince = isRelayed ? t : null;
    p.steady = null;
  }
}

function evaluate(s: RunState, pairs: Iterable<Pair>, t: number, inOrder = false): void {
  s.ctx.plain.clear();
  const received = [...pairs].filter((p) => p.received);
  const ordered = inOrder ? received : received.sort((a, b) => a.idx - b.idx);
  for (const pair of ordered) {
    s.ctx.evaluations++;
    const { watch } = evaluatePair(s.ctx, pair, t);
    if (watch) s.watched.add(pair);
    else s.watched.delete(pair);
  }
}

/** runPrepared: the run over a prepared scenario. */
export function runPrepared(prep: PreparedSim): SimResult {
  const { scenario, events } = prep;
  const overrides = noOverrides();
  const index = indexFor(prep, overrides);
  const lab = newSimLab(index);
  const s: RunState = {
    prep,
    ctx: { index, lab, seed: scenario.seed, delay: scenario.relayed_switch_delay, switches: [], evaluations: 0, plain: new Map() },
    plan: newPlan(),
    watched: new Set(),
  };
  let ei = 0;
  // t = 0: events at the start shape the starting state; first choices are not switches.
  while (ei < events.length && (events[ei] as SimEvent).t <= 0) applyEvent(lab, overrides, events[ei++] as SimEvent);
  s.ctx.index = indexFor(prep, overrides);
  replan(s, null, 0);
  evaluate(s, received(s), 0, true);

  let nextTick = TICK_S;
  for (;;) {
    const nextEvent = ei < events.length ? (events[ei] as SimEvent).t : Infinity;
    const t = Math.min(nextEvent, nextTick);
    if (t > scenario.duration_s) break;
    const due = new Set<Pair>();
    const configured: ConfigEvent[] = [];
    while (ei < events.length && (events[ei] as SimEvent).t === t) {
      const e = events[ei++] as SimEvent;
      touched(s, e, due);
      if (e.kind === 'link') {
        const [a, b] = e.link;
        const was = linkView(lab, a, b).connection === 'relayed';
        applyEvent(lab, overrides, e);
        degrade(s, a, b, was, linkView(lab, a, b).connection === 'relayed', t);
      } else if (applyEvent(lab, overrides, e) && e.kind !== 'peer') configured.push(e);
    }
    if (t === nextTick) {
      for (const p of s.watched) due.add(p);
      nextTick += TICK_S;
    }
    if (configured.length === 0) {
      evaluate(s, due, t);
      continue;
    }
    const before = s.ctx.index;
    s.ctx.index = indexFor(prep, overrides);
    reconfigure(s, before, configured, t);
    // every client re-evaluates on a new configuration (most replay a steady outcome); that
    // includes every pair due otherwise, all of them received
    evaluate(s, received(s), t, true);
  }
  const tracks = s.plan.ordered.map((p) => p.track);
  const resets = s.ctx.switches.reduce((n, sw) => n + sw.resets, 0);
  return { duration_s: scenario.duration_s, switches: s.ctx.switches, resets, tracks, evaluations: s.ctx.evaluations };
}

/**
 * runSimulation: the simulator's one entry point (CLI, page, benchmarks): the scenario on the
 * account, deterministic for a given snapshot and scenario.
 */
export function runSimulation(snapshot: Snapshot, scenario: SimScenario): SimResult {
  return runPrepared(prepareSimulation(snapshot, scenario));
}
