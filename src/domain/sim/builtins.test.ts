import { describe, expect, it } from 'vitest';
import { buildAccountIndex } from '@/domain/account';
import type { Snapshot } from '@/domain/snapshot';
import { snapshotBuilder } from '@/domain/testing/snapshot-builder';
import { labAccount } from './testing/lab-account';
import { builtinScenario, type BuiltinName } from './builtins';
import { runSimulation } from './run-simulation';
import { simJson, type SimResult } from './sim-result';

/**
 * The built-in scenarios on a small account shaped like the demo's, with the exact switch times
 * and reasons a NetBird client would log (the same scenarios on the demo account itself are in
 * src/cli/commands/sim-demo.test.ts).
 */

const demo = labAccount();
const demoIndex = buildAccountIndex(demo);

function runBuiltin(name: BuiltinName, snapshot: Snapshot = demo): SimResult {
  const b = builtinScenario(name);
  if (b === undefined) throw new Error(`no built-in ${name}`);
  const built = b.build(buildAccountIndex(snapshot));
  if (!built.ok) throw new Error(built.error);
  return runSimulation(snapshot, built.value.scenario);
}

/** rows: "t client route from→to reason", compact and exact. */
const rows = (r: SimResult) => simJson(r).switches.map((s) => `${s.t} ${s.client} ${s.route} ${s.from}→${s.to} ${s.reason}`);

const ENGINEERS = ['alice', 'bob', 'carol'];
/** Online clients of the Global VPC: the Engineers and erin (frank is offline). */
const GLOBAL_CLIENTS = [...ENGINEERS, 'erin'];

describe('built-in: failover', () => {
  it('says what it does on this account', () => {
    const built = builtinScenario('failover')?.build(demoIndex);
    expect(built?.ok && built.value.summary).toBe('Stops dc-a (primary of Datacenter) at 1:00 and starts it at 4:00; dc-b is the standby.');
  });

  it('fails over to the standby at 1:00 and back to the primary at 4:00, resetting each client’s flows twice', () => {
    const r = runBuiltin('failover');
    expect(rows(r)).toEqual([
      ...ENGINEERS.map((c) => `60 ${c} dc dc-a→dc-b Routing peer changed: current routing peer unavailable`),
      ...ENGINEERS.map((c) => `240 ${c} dc dc-b→dc-a Routing peer changed: lower route metric`),
    ]);
    expect(r.resets).toBe(6);
    const alice = r.tracks.find((t) => t.client === 'alice' && t.route === 'dc');
    expect(alice?.changes).toEqual([
      { t: 0, peer: 'dc-a', state: 'routed' },
      { t: 60, peer: 'dc-b', state: 'routed' },
      { t: 240, peer: 'dc-a', state: 'routed' },
    ]);
  });

  it('re-evaluates only the clients of the stopped peer: no 30 s tick work without noise or timers', () => {
    const r = runBuiltin('failover');
    const tracks = r.tracks.length;
    // every pair once at t = 0, then the three Datacenter clients at 60 and at 240
    expect(r.evaluations).toBe(tracks + 3 + 3);
  });
});

describe('built-in: latency drift between two equal-metric regions', () => {
  it('holds through every small crossing, moves once for a real gain and waits out the dwell to move back', () => {
    const r = runBuiltin('latency-drift');
    expect(rows(r)).toEqual([
      ...GLOBAL_CLIENTS.map((c) => `420 ${c} global eu-gw→us-gw Routing peer changed: lower latency`),
      ...GLOBAL_CLIENTS.map((c) => `450 ${c} global us-gw→eu-gw Routing peer changed: lower latency`),
    ]);
    expect(r.resets).toBe(8);
    for (const c of GLOBAL_CLIENTS) {
      const track = r.tracks.find((t) => t.client === c && t.route === 'global');
      // the better-looking region was held back by the 20 ms margin again and again (no flapping) …
      expect(track?.holds['latency-gain-below-margin'] ?? 0).toBeGreaterThanOrEqual(3);
      // … and once by the 30 s dwell (7:15, 15 s after the switch at 7:00)
      expect(track?.holds['latency-dwell']).toBe(1);
    }
  });

  it('is deterministic: the same scenario gives the same timeline', () => {
    expect(runBuiltin('latency-drift')).toEqual(runBuiltin('latency-drift'));
  });
});

describe('built-in: a routing peer degrading to relayed', () => {
  it('gives the relayed peer the 30 s delay, moves to the direct peer at 1:30, and returns for latency at 5:00', () => {
    const r = runBuiltin('relayed');
    expect(rows(r)).toEqual([
      ...GLOBAL_CLIENTS.map((c) => `90 ${c} global eu-gw→us-gw Routing peer changed: direct connection preferred over relayed`),
      ...GLOBAL_CLIENTS.map((c) => `300 ${c} global us-gw→eu-gw Routing peer changed: lower latency`),
    ]);
    for (const c of GLOBAL_CLIENTS) {
      // held at 0:45 (event) and 1:00 (tick), released at the 1:30 tick
      expect(r.tracks.find((t) => t.client === c && t.route === 'global')?.holds).toEqual({ 'relayed-switch-delay': 2 });
    }
  });
});

describe('built-in: an exit node going down', () => {
  it('takes the default route away from the linked travelers and gives it back', () => {
    const built = builtinScenario('exit-node-down')?.build(demoIndex);
    expect(built?.ok && built.value.summary).toBe('Stops exit node exit-1 at 1:00 and starts it at 4:00 (its clients: grace).');
    expect(rows(runBuiltin('exit-node-down'))).toEqual(['60 grace exit-eu exit-1→null No routing peer available', '240 grace exit-eu null→exit-1 Routing peer changed: current routing peer unavailable']);
  });

  it('moves nothing when no policy links the travelers with the exit node', () => {
    const s = labAccount();
    const withoutIcmp = { ...s, policies: s.policies.filter((p) => p.id !== 'pol-exit') };
    const built = builtinScenario('exit-node-down')?.build(buildAccountIndex(withoutIcmp));
    expect(built?.ok && built.value.summary).toBe('Stops exit node exit-1 at 1:00 and starts it at 4:00 (no client is linked to it by a policy, so nothing moves).');
    const r = runBuiltin('exit-node-down', withoutIcmp);
    expect(r.switches).toEqual([]);
    expect(r.tracks.find((t) => t.client === 'grace' && t.route === 'exit-eu')?.changes).toEqual([{ t: 0, peer: null, state: 'no-peer' }]);
  });

  const withIcmp = () =>
    snapshotBuilder()
      .peer('exit-a', { groups: ['exits'] })
      .peer('t1', { groups: ['travelers'] })
      .peer('t2', { groups: ['travelers'] })
      .policy('icmp-to-exit', { sources: ['travelers'], destinations: ['exits'], protocol: 'icmp' });

  it('takes the default route away from its clients and gives it back', () => {
    const s = withIcmp().exitNode('exit', { id: 'exit-route', peer: 'exit-a', groups: ['travelers'] }).build();
    const r = runBuiltin('exit-node-down', s);
    expect(rows(r)).toEqual([
      '60 t1 exit exit-a→null No routing peer available',
      '60 t2 exit exit-a→null No routing peer available',
      '240 t1 exit null→exit-a Routing peer changed: current routing peer unavailable',
      '240 t2 exit null→exit-a Routing peer changed: current routing peer unavailable',
    ]);
    // flows die when the exit node goes; nothing is established when it comes back
    expect(r.resets).toBe(2);
  });

  it('fails over to a second exit peer of the same exit node', () => {
    const s = withIcmp()
      .peer('exit-b', { groups: ['exits'] })
      .exitNode('exit', { id: 'exit-route-a', peer: 'exit-a', groups: ['travelers'], metric: 10 })
      .exitNode('exit', { id: 'exit-route-b', peer: 'exit-b', groups: ['travelers'], metric: 20 })
      .build();
    expect(rows(runBuiltin('exit-node-down', s))).toEqual([
      '60 t1 exit exit-a→exit-b Routing peer changed: current routing peer unavailable',
      '60 t2 exit exit-a→exit-b Routing peer changed: current routing peer unavailable',
      '240 t1 exit exit-b→exit-a Routing peer changed: lower route metric',
      '240 t2 exit exit-b→exit-a Routing peer changed: lower route metric',
    ]);
  });
});

describe('built-ins on an account without the setup they need', () => {
  it('explain what is missing', () => {
    const bare = buildAccountIndex(snapshotBuilder().peer('a').build());
    const errors = (['failover', 'latency-drift', 'relayed', 'exit-node-down'] as const).map((n) => {
      const built = builtinScenario(n)?.build(bare);
      return built !== undefined && !built.ok ? built.error : null;
    });
    expect(errors).toEqual([
      'no route has a primary and a standby routing peer (two online routing peers with different metrics)',
      'no route has two online routing peers with the same metric',
      'no route has two online routing peers with the same metric (a relayed peer only loses to a direct one of equal metric)',
      'the account has no exit node (a 0.0.0.0/0 route)',
    ]);
  });
});
