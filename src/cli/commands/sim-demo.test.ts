import { describe, expect, it } from 'vitest';
import { demoSnapshot } from '@/control-plane/seeds/demo';
import { buildAccountIndex } from '@/domain/account';
import { builtinScenario, runSimulation, simJson, type BuiltinName, type SimResult } from '@/domain/sim';

/**
 * The built-in scenarios on the demo account (what `nbrc sim demo.json --builtin NAME` and the
 * Simulator page show), with the exact switch times and reasons a NetBird client would log.
 * It lives with the CLI because the domain may not import the control plane's seeds.
 */

const demo = demoSnapshot();
const index = buildAccountIndex(demo);

function runBuiltin(name: BuiltinName): SimResult {
  const built = builtinScenario(name)?.build(index);
  if (built === undefined || !built.ok) throw new Error(`built-in ${name}`);
  return runSimulation(demo, built.value.scenario);
}

const rows = (r: SimResult) => simJson(r).switches.map((s) => `${s.t} ${s.client} ${s.route} ${s.from}→${s.to} ${s.reason}`);

const ENGINEERS = ['peer-alice-mbp', 'peer-bob-thinkpad', 'peer-carol-win'];
/** Online clients of the Global VPC: the Engineers and erin (frank is offline). */
const GLOBAL_CLIENTS = [...ENGINEERS, 'peer-erin-win'];

describe('the built-ins on the demo account', () => {
  it('failover: dc-router-a stops at 1:00 and starts at 4:00; the Engineers go to dc-router-b and back', () => {
    const r = runBuiltin('failover');
    expect(rows(r)).toEqual([
      ...ENGINEERS.map((c) => `60 ${c} net-datacenter peer-dc-primary→peer-dc-standby Routing peer changed: current routing peer unavailable`),
      ...ENGINEERS.map((c) => `240 ${c} net-datacenter peer-dc-standby→peer-dc-primary Routing peer changed: lower route metric`),
    ]);
    expect(r.resets).toBe(6);
  });

  it('latency drift: eu-gw-1 and us-gw-1 cross without flapping; one move at 7:00 and back after the dwell at 7:30', () => {
    const r = runBuiltin('latency-drift');
    expect(rows(r)).toEqual([
      ...GLOBAL_CLIENTS.map((c) => `420 ${c} net-global peer-eu-gw→peer-us-gw Routing peer changed: lower latency`),
      ...GLOBAL_CLIENTS.map((c) => `450 ${c} net-global peer-us-gw→peer-eu-gw Routing peer changed: lower latency`),
    ]);
    for (const c of GLOBAL_CLIENTS) expect(r.tracks.find((t) => t.client === c && t.route === 'net-global')?.holds['latency-gain-below-margin']).toBeGreaterThanOrEqual(3);
  });

  it('relayed: eu-gw-1 relayed at 0:45 loses its clients at 1:30 and wins them back at 5:00', () => {
    expect(rows(runBuiltin('relayed'))).toEqual([
      ...GLOBAL_CLIENTS.map((c) => `90 ${c} net-global peer-eu-gw→peer-us-gw Routing peer changed: direct connection preferred over relayed`),
      ...GLOBAL_CLIENTS.map((c) => `300 ${c} net-global peer-us-gw→peer-eu-gw Routing peer changed: lower latency`),
    ]);
  });

  it('exit node down: nothing moves, because no policy links the Travelers with exit-eu-1 (the demo’s pitfall)', () => {
    const built = builtinScenario('exit-node-down')?.build(index);
    expect(built?.ok && built.value.summary).toBe('Stops exit node exit-eu-1 at 1:00 and starts it at 4:00 (no client is linked to it by a policy, so nothing moves).');
    const r = runBuiltin('exit-node-down');
    expect(r.switches).toEqual([]);
    expect(r.tracks.find((t) => t.client === 'peer-grace-galaxy' && t.route === 'exit-eu')?.changes).toEqual([{ t: 0, peer: null, state: 'no-peer' }]);
  });
});
