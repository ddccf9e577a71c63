import type { Snapshot } from '@/domain/snapshot';
import { noOverrides } from './account-overrides';
import { clientRoutes, newRouteCache, type RouteCache } from './client-routes';
import { evaluatePair, type EvalContext } from './evaluate-pair';
import { suspend, type Pair } from './pair';
import { applyEvent, indexFor, prepareSimulation, type PreparedSim } from './prepare';
import { TICK_S, type SimEvent, type SimScenario } from './scenario';
import { linkView, newSimLab } from './sim-lab';
import type { SimResult } from './sim-result';

/**
 * run-simulation: the scenario over simulated time. Nothing is recomputed per tick for everyone:
 * an event re-evaluates only the pairs it touches (a peer's clients, a link's two ends), the 30 s
 * tick only pairs whose choice can change with time alone (noisy latency, a running dwell or
 * relayed-switch delay), and only configuration events (router, policy) rebuild the index and
 * the routes of every client. Candidate sets are cached per network.
 */

interface RunState {
  prep: PreparedSim;
  ctx: EvalContext;
  cache: RouteCache;
  /** Every pair ever planned, by client then route key. */
  pairs: Map<string, Map<string, Pair>>;
  /** The same pairs in creation order. */
  ordered: Pair[];
  /** Received pairs by client, and by each routing peer they may pick. */
  byClient: Map<string, Pair[]>;
  byOption: Map<string, Pair[]>;
  watched: Set<Pair>;
  /** Incremented by every plan; a pair planned in the latest one is received. */
  epoch: number;
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list === undefined) m.set(k, [v]);
  else list.push(v);
}

/** plan: (re)build every client's routes under the current index; returns the pairs to evaluate. */
function plan(s: RunState, t: number): Pair[] {
  s.cache = newRouteCache(s.ctx.index);
  s.byClient = new Map();
  s.byOption = new Map();
  const epoch = ++s.epoch;
  const planned: Pair[] = [];
  for (const peer of s.ctx.index.snapshot.peers) {
    const routes = clientRoutes(s.cache, peer.id);
    if (routes.length === 0) continue;
    let mine = s.pairs.get(peer.id);
    if (mine === undefined) {
      mine = new Map();
      s.pairs.set(peer.id, mine);
    }
    for (const route of routes) {
      let pair = mine.get(route.key);
      if (pair === undefined) {
        pair = {
          idx: s.ordered.length,
          client: peer.id,
          route,
          track: { client: peer.id, route: route.key, kind: route.kind, label: route.label, changes: [], holds: {} },
          current: null,
          lastLatencySwitchAt: null,
          degradedSince: null,
          fresh: true,
          received: true,
          links: null,
          epoch,
        };
        mine.set(route.key, pair);
        s.ordered.push(pair);
      }
      pair.route = route;
      pair.links = null;
      pair.received = true;
      pair.epoch = epoch;
      planned.push(pair);
      push(s.byClient, peer.id, pair);
      for (const o of route.options) push(s.byOption, o.peerId, pair);
    }
  }
  for (const pair of s.ordered) {
    if (pair.epoch === epoch || !pair.received) continue;
    pair.received = false;
    s.watched.delete(pair);
    suspend(pair, t, 'not-received');
  }
  return planned;
}

/** touched: the pairs an event concerns. */
function touched(s: RunState, e: SimEvent, out: Set<Pair>): void {
  switch (e.kind) {
    case 'peer':
      for (const p of s.byOption.get(e.peer) ?? []) out.add(p);
      for (const p of s.byClient.get(e.peer) ?? []) out.add(p);
      return;
    case 'link':
      for (const p of linkPairs(s, e.link[0], e.link[1])) {
        p.links = null;
        out.add(p);
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
    for (const p of s.byClient.get(client) ?? []) if (p.route.options.some((o) => o.peerId === other)) out.push(p);
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
  }
}

function evaluate(s: RunState, pairs: Iterable<Pair>, t: number, inOrder = false): void {
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
    ctx: { index, lab, seed: scenario.seed, delay: scenario.relayed_switch_delay, switches: [], evaluations: 0 },
    cache: newRouteCache(index),
    pairs: new Map(),
    ordered: [],
    byClient: new Map(),
    byOption: new Map(),
    watched: new Set(),
    epoch: 0,
  };
  let ei = 0;
  // t = 0: events at the start shape the starting state; first choices are not switches.
  while (ei < events.length && (events[ei] as SimEvent).t <= 0) applyEvent(lab, overrides, events[ei++] as SimEvent);
  s.ctx.index = indexFor(prep, overrides);
  // plan lists pairs in creation order.
  evaluate(s, plan(s, 0), 0, true);

  let nextTick = TICK_S;
  for (;;) {
    const nextEvent = ei < events.length ? (events[ei] as SimEvent).t : Infinity;
    const t = Math.min(nextEvent, nextTick);
    if (t > scenario.duration_s) break;
    const due = new Set<Pair>();
    let reconfigured = false;
    while (ei < events.length && (events[ei] as SimEvent).t === t) {
      const e = events[ei++] as SimEvent;
      touched(s, e, due);
      if (e.kind === 'link') {
        const [a, b] = e.link;
        const was = linkView(lab, a, b).connection === 'relayed';
        applyEvent(lab, overrides, e);
        degrade(s, a, b, was, linkView(lab, a, b).connection === 'relayed', t);
      } else if (applyEvent(lab, overrides, e)) reconfigured = true;
    }
    if (reconfigured) {
      s.ctx.index = indexFor(prep, overrides);
      for (const p of plan(s, t)) due.add(p);
    }
    if (t === nextTick) {
      for (const p of s.watched) due.add(p);
      nextTick += TICK_S;
    }
    evaluate(s, due, t);
  }
  const tracks = s.ordered.map((p) => p.track);
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
