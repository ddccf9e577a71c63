import type { AccountIndex } from '@/domain/account';
import { err, ok, type Result } from '@/domain/net';
import { DEFAULT_RELAYED_SWITCH_DELAY } from '@/domain/routing/relayed-switch-delay';
import type { SnapLab, SnapLabPeer } from '@/domain/snapshot';
import { onlineOptions, routeTargets, targetClients, type RouteTarget } from './builtin-targets';
import { DEFAULT_SEED, type LinkEvent, type SimEvent, type SimScenario } from './scenario';

/**
 * builtins: the scenarios the console ships, written against whatever account they run on: each
 * picks its targets (the primary of a primary/standby pair, two equal-metric regions, an exit
 * node) from the account, and says what it picked. On the demo account they act on dc-router-a /
 * dc-router-b, eu-gw-1 / us-gw-1 and exit-eu-1.
 */

export type BuiltinName = 'failover' | 'latency-drift' | 'relayed' | 'exit-node-down';

export interface BuiltScenario {
  scenario: SimScenario;
  /** What the scenario does on this account, in one sentence with names. */
  summary: string;
}

export interface BuiltinScenario {
  name: BuiltinName;
  title: string;
  description: string;
  build(index: AccountIndex): Result<BuiltScenario>;
}

const DURATION_S = 600;

const scenario = (events: SimEvent[], lab?: SnapLab): SimScenario => ({
  duration_s: DURATION_S,
  ...(lab ? { lab } : {}),
  events,
  seed: DEFAULT_SEED,
  relayed_switch_delay: DEFAULT_RELAYED_SWITCH_DELAY,
});

const nameOf = (index: AccountIndex, id: string) => index.peers.get(id)?.name ?? id;

/** Pick: a route, its clients, and the two routing peers a built-in acts on. */
interface Pick {
  target: RouteTarget;
  clients: string[];
  a: string;
  b: string;
}

/** pickPair: the first route with online clients whose two best online routing peers satisfy `fits`. */
function pickPair(index: AccountIndex, fits: (metricA: number, metricB: number) => boolean): Pick | null {
  for (const target of routeTargets(index)) {
    if (target.kind === 'exit-node') continue;
    const [a, b] = onlineOptions(index, target);
    if (a === undefined || b === undefined || !fits(a.metric, b.metric)) continue;
    const clients = targetClients(index, target);
    if (clients.length > 0) return { target, clients, a: a.peerId, b: b.peerId };
  }
  return null;
}

/** primaryStandby: the primary has a strictly lower metric than the standby. */
const primaryStandby = (index: AccountIndex) => pickPair(index, (a, b) => a < b);

/** equalPair: the two best share the lowest metric (clients choose by latency). */
const equalPair = (index: AccountIndex) => pickPair(index, (a, b) => a === b);

/** clientLab: the same link settings from every client of a route to two routing peers. */
function clientLab(clients: readonly string[], a: string, b: string, la: number, lb: number, noise: number): SnapLab {
  const peers: Record<string, SnapLabPeer> = {};
  for (const c of clients) {
    peers[c] = { latency_ms: { [a]: la, [b]: lb }, latency_noise_ms: { [a]: noise, [b]: noise }, connection: { [a]: 'direct', [b]: 'direct' } };
  }
  return { peers };
}

/** linkEvents: one link event per client towards `peer`. */
const linkEvents = (t: number, clients: readonly string[], peer: string, set: LinkEvent['set']): LinkEvent[] =>
  clients.map((c) => ({ kind: 'link', t, link: [c, peer], set }));

/**
 * DRIFT: the two regions' latencies (ms) as seen by every client, over time. With ±2 ms noise
 * (cut at 3σ, so ±6 ms per sample) the small crossings stay below the 20 ms margin and nobody
 * moves; A degrading to 70 ms at 7:00 is a real gain (one switch), and A recovering at 7:15 waits
 * out the 30 s dwell before the switch back at 7:30.
 */
const DRIFT: readonly { t: number; a?: number; b?: number }[] = [
  { t: 60, b: 34 },
  { t: 120, b: 24 },
  { t: 180, a: 36, b: 30 },
  { t: 240, a: 26 },
  { t: 300, b: 20 },
  { t: 360, a: 22 },
  { t: 420, a: 70 },
  { t: 435, a: 24, b: 95 },
  { t: 540, b: 25 },
];

export const BUILTIN_SCENARIOS: readonly BuiltinScenario[] = [
  {
    name: 'failover',
    title: 'Primary/standby failover and failback',
    description: 'The primary routing peer stops at 1:00 and starts again at 4:00: clients fail over to the standby at once, and switch back at once.',
    build(index) {
      const found = primaryStandby(index);
      if (found === null) return err('no route has a primary and a standby routing peer (two online routing peers with different metrics)');
      const { target, a: primary, b: standby } = found;
      const summary = `Stops ${nameOf(index, primary)} (primary of ${target.label}) at 1:00 and starts it at 4:00; ${nameOf(index, standby)} is the standby.`;
      return ok({
        scenario: scenario([
          { kind: 'peer', t: 60, peer: primary, set: { online: false } },
          { kind: 'peer', t: 240, peer: primary, set: { online: true } },
        ]),
        summary,
      });
    },
  },
  {
    name: 'latency-drift',
    title: 'Two regions, equal metrics, latency drift',
    description: 'Latencies to two equal-metric routing peers drift and cross: the 20 ms margin keeps clients from flapping; one real degradation moves them, and the 30 s dwell delays the move back.',
    build(index) {
      const found = equalPair(index);
      if (found === null) return err('no route has two online routing peers with the same metric');
      const { target, clients, a, b } = found;
      const events: SimEvent[] = [];
      for (const step of DRIFT) {
        if (step.a !== undefined) events.push(...linkEvents(step.t, clients, a, { latency_ms: step.a }));
        if (step.b !== undefined) events.push(...linkEvents(step.t, clients, b, { latency_ms: step.b }));
      }
      const summary = `Clients of ${target.label} start at 30 ms to ${nameOf(index, a)} and 42 ms to ${nameOf(index, b)} (±2 ms noise); the two drift across each other, then ${nameOf(index, a)} degrades to 70 ms at 7:00 and recovers at 7:15.`;
      return ok({ scenario: scenario(events, clientLab(clients, a, b, 30, 42, 2)), summary });
    },
  },
  {
    name: 'relayed',
    title: 'Routing peer degrading to relayed',
    description: 'The preferred routing peer falls back to a relay at 0:45: clients give it the 30 s relayed-switch delay, then move to a direct peer of the same metric, and come back for lower latency when it is direct again at 5:00.',
    build(index) {
      const found = equalPair(index);
      if (found === null) return err('no route has two online routing peers with the same metric (a relayed peer only loses to a direct one of equal metric)');
      const { target, clients, a, b } = found;
      const events: SimEvent[] = [...linkEvents(45, clients, a, { connection: 'relayed' }), ...linkEvents(300, clients, a, { connection: 'direct' })];
      const summary = `${nameOf(index, a)} (20 ms) becomes relayed for the clients of ${target.label} at 0:45 and direct again at 5:00; ${nameOf(index, b)} (45 ms) stays direct.`;
      return ok({ scenario: scenario(events, clientLab(clients, a, b, 20, 45, 0)), summary });
    },
  },
  {
    name: 'exit-node-down',
    title: 'Exit node going down',
    description: 'The exit node stops at 1:00 and starts again at 4:00: its clients lose their default route (or fail over to another exit peer of the same exit node) and get it back.',
    build(index) {
      const exits = routeTargets(index).filter((t) => t.kind === 'exit-node');
      const used = exits.map((target) => ({ target, clients: targetClients(index, target) })).find((u) => u.clients.length > 0);
      const exitPeer = used?.target.ranked[0]?.peerId ?? exits[0]?.ranked[0]?.peerId ?? null;
      if (exitPeer === null) return err('the account has no exit node (a 0.0.0.0/0 route)');
      const where = used === undefined ? 'no client is linked to it by a policy, so nothing moves' : `its clients: ${used.clients.map((c) => nameOf(index, c)).join(', ')}`;
      return ok({
        scenario: scenario([
          { kind: 'peer', t: 60, peer: exitPeer, set: { online: false } },
          { kind: 'peer', t: 240, peer: exitPeer, set: { online: true } },
        ]),
        summary: `Stops exit node ${nameOf(index, exitPeer)} at 1:00 and starts it at 4:00 (${where}).`,
      });
    },
  },
];

export function builtinScenario(name: string): BuiltinScenario | undefined {
  return BUILTIN_SCENARIOS.find((b) => b.name === name);
}
