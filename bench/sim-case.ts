import { buildAccountIndex, peersOfGroup, type AccountIndex } from '@/domain/account';
import { generateAccount } from '@/domain/generate';
import { DEFAULT_RELAYED_SWITCH_DELAY } from '@/domain/routing/relayed-switch-delay';
import { clientRoutes, newRouteCache, runSimulation, DEFAULT_SEED, type LinkEvent, type SimEvent, type SimResult, type SimScenario } from '@/domain/sim';
import { onlineOptions, routeTargets, targetClients } from '@/domain/sim/builtin-targets';
import type { Snapshot, SnapLabPeer } from '@/domain/snapshot';
import type { DomainCase } from './domain-cases';

/**
 * sim-case: issue 8's simulator budget, 1,000 clients × one simulated hour. The account is the
 * generator's XL scaled to 1,000 peers (every count divided by 10, so it has XL's shape: sites,
 * HA routers, policies, legacy routes, exit nodes); every peer of it receives networks or routes,
 * so it has exactly 1,000 clients (checked, not assumed). The XL account itself would not do:
 * the simulator cannot leave 9,000 of its clients out, and they would not be a real account's.
 *
 * The scenario is built from the account (real routing peers of networks with HA) and spreads
 * over the hour what happens to routing on a bad day: three primaries stopping and starting again
 * (failover and failback), latency drifting on the links to two equal-metric regions, a routing
 * peer falling back to a relay and recovering, a router's metric changed and restored, a policy
 * disabled by mistake and enabled again. Clients re-evaluate on every change and every 30 s (120
 * ticks; the simulator skips the re-evaluations that cannot change anything). The timed body is
 * runSimulation on a freshly parsed snapshot, indexing included; it throws unless the run shows
 * what each part of the scenario must cause, so the budget never times an idle run.
 */

export const SIM_CLIENTS = 1000;
export const SIM_DURATION_S = 3600;
/** SIM_CASE_ID: the case's id in the `sim` group (budgets.ts reads `sim:sim-1k`). */
export const SIM_CASE_ID = 'sim-1k';

/** HaNetwork: a network with its online routing peers, best first (online, then metric), and its online clients. */
interface HaNetwork {
  key: string;
  /** Each routing peer with the network router that makes it one (null for a legacy route's). */
  peers: { peerId: string; metric: number; router: string | null }[];
  clients: string[];
}

/** haNetworks: every network with two or more online routing peers and at least one online client, in account order. */
function haNetworks(index: AccountIndex): HaNetwork[] {
  const out: HaNetwork[] = [];
  for (const target of routeTargets(index)) {
    if (target.kind !== 'network') continue;
    const online = onlineOptions(index, target);
    if (online.length < 2) continue;
    const clients = targetClients(index, target);
    if (clients.length === 0) continue;
    const peers = online.map((o) => ({ peerId: o.peerId, metric: o.metric, router: o.via.kind === 'router' ? o.via.router.id : null }));
    out.push({ key: target.key, peers, clients });
  }
  return out;
}

/** The two best routing peers of a network. */
const top2 = (n: HaNetwork): [string, string] => [n.peers[0]?.peerId ?? '', n.peers[1]?.peerId ?? ''];

/** primaryStandby: the best routing peer has a strictly lower metric than the next. */
const primaryStandby = (n: HaNetwork): boolean => (n.peers[0]?.metric ?? Infinity) < (n.peers[1]?.metric ?? -Infinity);

/** equalPair: exactly two routing peers at the same metric, so latency and relays decide between them. */
const equalPair = (n: HaNetwork): boolean => n.peers.length === 2 && n.peers[0]?.metric === n.peers[1]?.metric;

/** Picks: the networks each part of the scenario acts on. */
interface Picks {
  failovers: HaNetwork[];
  drift: HaNetwork;
  relayed: HaNetwork;
  metric: HaNetwork;
}

const FAILOVERS = 3;

/** pick: the first network fitting each part, no routing peer shared between parts, so each part's switches are its own. */
function pick(nets: readonly HaNetwork[]): Picks {
  const used = new Set<string>();
  const take = (fits: (n: HaNetwork) => boolean, what: string): HaNetwork => {
    const found = nets.find((n) => fits(n) && n.peers.every((p) => !used.has(p.peerId)));
    if (found === undefined) throw new Error(`the simulator benchmark's account has no network for ${what}`);
    for (const p of found.peers) used.add(p.peerId);
    return found;
  };
  return {
    failovers: Array.from({ length: FAILOVERS }, (_, i) => take(primaryStandby, `failover ${i + 1}`)),
    drift: take(equalPair, 'latency drift'),
    relayed: take(equalPair, 'a relayed routing peer'),
    // the change makes the standby's router preferred: two distinct network routers
    metric: take((n) => primaryStandby(n) && (n.peers[1]?.router ?? null) !== null && n.peers[1]?.router !== n.peers[0]?.router, 'a router metric change'),
  };
}

/** linkLab: the same links from every client of a network to its two best routing peers. */
function linkLab(peers: Record<string, SnapLabPeer>, n: HaNetwork, latency: [number, number], noise: number): void {
  const [a, b] = top2(n);
  for (const c of n.clients) {
    peers[c] = {
      ...peers[c],
      latency_ms: { ...peers[c]?.latency_ms, [a]: latency[0], [b]: latency[1] },
      latency_noise_ms: { ...peers[c]?.latency_noise_ms, [a]: noise, [b]: noise },
      connection: { ...peers[c]?.connection, [a]: 'direct', [b]: 'direct' },
    };
  }
}

const linkEvents = (t: number, clients: readonly string[], peer: string, set: LinkEvent['set']): LinkEvent[] => clients.map((c) => ({ kind: 'link', t, link: [c, peer], set }));

/**
 * DRIFT: latencies (ms) to the two equal-metric regions over the hour, every client alike, from
 * 30 and 42 ms with ±2 ms noise: crossings below the 20 ms margin move nobody; A degrading to
 * 75 ms at 25:00 moves everyone to B, and B degrading at 45:00 moves them back.
 */
const DRIFT: readonly { t: number; a?: number; b?: number }[] = [
  { t: 240, b: 36 },
  { t: 600, a: 38, b: 30 },
  { t: 900, a: 27 },
  { t: 1500, a: 75 },
  { t: 1800, a: 40, b: 24 },
  { t: 2400, a: 30 },
  { t: 2700, b: 80 },
  { t: 3300, b: 33 },
];

/** policyToToggle: the first enabled policy whose disabling takes routes away from some of its sources. */
function policyToToggle(index: AccountIndex): string {
  const now = newRouteCache(index);
  for (const policy of index.snapshot.policies) {
    if (!policy.enabled) continue;
    const sources = new Set(policy.rules.flatMap((r) => r.sources.flatMap((g) => [...peersOfGroup(index, g.id)])));
    if (sources.size === 0) continue;
    const policies = index.snapshot.policies.map((p) => (p === policy ? { ...p, enabled: false } : p));
    const without = newRouteCache(buildAccountIndex({ ...index.snapshot, policies }));
    if ([...sources].some((c) => clientRoutes(without, c).length < clientRoutes(now, c).length)) return policy.id;
  }
  throw new Error("the simulator benchmark's account has no policy whose disabling changes any client's routes");
}

/** Expectation: what the run must show from time `t` on: a switch (from, to, reason), or routes taken away (`cut`). */
interface Expectation {
  what: string;
  t: number;
  from?: string;
  to?: string;
  reason?: string;
  cut?: true;
}

export interface SimBench {
  scenario: SimScenario;
  expect: Expectation[];
}

const LOWER_LATENCY = 'Routing peer changed: lower latency';
const LOWER_METRIC = 'Routing peer changed: lower route metric';

/** simScenario: the hour's events on the account, and what they must cause. */
export function simScenario(index: AccountIndex): SimBench {
  const picks = pick(haNetworks(index));
  const events: SimEvent[] = [];
  const expect: Expectation[] = [];
  // three primaries stop for ten minutes each, staggered over the hour
  picks.failovers.forEach((n, i) => {
    const [primary, standby] = top2(n);
    const down = 300 + i * 1080;
    events.push({ kind: 'peer', t: down, peer: primary, set: { online: false } }, { kind: 'peer', t: down + 600, peer: primary, set: { online: true } });
    expect.push({ what: `failover ${i + 1}`, t: down, from: primary, to: standby }, { what: `failback ${i + 1}`, t: down + 600, from: standby, to: primary });
  });
  const peers: Record<string, SnapLabPeer> = {};
  const [da, db] = top2(picks.drift);
  linkLab(peers, picks.drift, [30, 42], 2);
  for (const step of DRIFT) {
    if (step.a !== undefined) events.push(...linkEvents(step.t, picks.drift.clients, da, { latency_ms: step.a }));
    if (step.b !== undefined) events.push(...linkEvents(step.t, picks.drift.clients, db, { latency_ms: step.b }));
  }
  expect.push({ what: 'latency drift away', t: 1500, from: da, to: db, reason: LOWER_LATENCY }, { what: 'latency drift back', t: 2700, from: db, to: da, reason: LOWER_LATENCY });
  // the preferred peer of another region falls back to a relay at 35:00 and is direct again at 50:00
  const [ra, rb] = top2(picks.relayed);
  linkLab(peers, picks.relayed, [20, 45], 0);
  events.push(...linkEvents(2100, picks.relayed.clients, ra, { connection: 'relayed' }), ...linkEvents(3000, picks.relayed.clients, ra, { connection: 'direct' }));
  expect.push(
    { what: 'relayed', t: 2100, from: ra, to: rb, reason: 'Routing peer changed: direct connection preferred over relayed' },
    { what: 'direct again', t: 3000, from: rb, to: ra, reason: LOWER_LATENCY },
  );
  // an admin makes the standby's router preferred at 15:00 and restores its metric at 40:00
  const [primary, standby] = picks.metric.peers;
  if (primary === undefined || standby === undefined || standby.router === null) throw new Error('pick() returned a metric network without a standby router');
  events.push({ kind: 'router', t: 900, router: standby.router, set: { metric: primary.metric - 1 } }, { kind: 'router', t: 2400, router: standby.router, set: { metric: standby.metric } });
  expect.push({ what: 'metric change', t: 900, from: primary.peerId, to: standby.peerId, reason: LOWER_METRIC }, { what: 'metric restored', t: 2400, from: standby.peerId, to: primary.peerId, reason: LOWER_METRIC });
  // a policy is disabled by mistake at 55:00 and enabled again a minute later
  const policy = policyToToggle(index);
  events.push({ kind: 'policy', t: 3300, policy, set: { enabled: false } }, { kind: 'policy', t: 3360, policy, set: { enabled: true } });
  expect.push({ what: 'policy disabled', t: 3300, cut: true });
  const scenario: SimScenario = { duration_s: SIM_DURATION_S, lab: { peers }, events, seed: DEFAULT_SEED, relayed_switch_delay: DEFAULT_RELAYED_SWITCH_DELAY };
  return { scenario, expect };
}

/** shows: does the run show what the expectation asks for? */
function shows(result: SimResult, e: Expectation): boolean {
  if (e.cut === true) return result.tracks.some((track) => track.changes.some((c) => c.t >= e.t && c.state === 'not-received'));
  return result.switches.some((s) => s.t >= e.t && (e.from === undefined || s.from === e.from) && (e.to === undefined || s.to === e.to) && (e.reason === undefined || s.reason === e.reason));
}

/** checkRun: throws unless the run shows everything expected (the benchmark must time real work). */
export function checkRun(result: SimResult, expect: readonly Expectation[]): void {
  const missing = expect.filter((e) => !shows(result, e));
  if (missing.length > 0) throw new Error(`the simulator benchmark's run shows no effect of: ${missing.map((e) => e.what).join(', ')}`);
}

/** countClients: the peers that receive at least one network, legacy route or exit node. */
function countClients(index: AccountIndex): number {
  const cache = newRouteCache(index);
  return index.snapshot.peers.filter((p) => clientRoutes(cache, p.id).length > 0).length;
}

/** simCase: the budget's case; its baseline is JSON.parse of the XL text, timed in the same process (domain-run.ts). */
export function simCase(): DomainCase {
  const text = JSON.stringify(generateAccount({ size: SIM_CLIENTS }));
  const index = buildAccountIndex(JSON.parse(text) as Snapshot);
  const clients = countClients(index);
  if (clients !== SIM_CLIENTS) throw new Error(`the simulator benchmark's account has ${clients} clients, not ${SIM_CLIENTS}`);
  const { scenario, expect } = simScenario(index);
  return {
    id: SIM_CASE_ID,
    label: `simulator ${SIM_CLIENTS.toLocaleString('en')} clients × 1 h (${scenario.events.length} events)`,
    // a fresh parse: no run profits from the indexes and caches an earlier one built
    setup: () => JSON.parse(text) as Snapshot,
    run: (snapshot) => checkRun(runSimulation(snapshot as Snapshot, scenario), expect),
  };
}
