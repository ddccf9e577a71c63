import { describe, expect, it } from 'vitest';
import { DEFAULT_RELAYED_SWITCH_DELAY } from '@/domain/routing/relayed-switch-delay';
import { snapshotBuilder } from '@/domain/testing/snapshot-builder';
import { runSimulation } from './run-simulation';
import type { SimEvent, SimScenario } from './scenario';
import { simJson } from './sim-result';

/** The run's rules, each on the smallest account that shows it. */

const scenario = (events: SimEvent[], over: Partial<SimScenario> = {}): SimScenario => ({
  duration_s: 600,
  events,
  seed: 1,
  relayed_switch_delay: DEFAULT_RELAYED_SWITCH_DELAY,
  ...over,
});

/** A network with routers gw-a (metric 10) and gw-b (metric 20), reached by the Engineers c1 and c2. */
const ha = (over: { metricB?: number; c1Flows?: number } = {}) =>
  snapshotBuilder()
    .peer('gw-a', { groups: ['routers-a'] })
    .peer('gw-b', { groups: ['routers-b'] })
    .peer('c1', { groups: ['eng'] })
    .peer('c2', { groups: ['eng'] })
    .network('net', {
      routers: [
        { id: 'r-a', peer: 'gw-a', metric: 10 },
        { id: 'r-b', peer: 'gw-b', metric: over.metricB ?? 20 },
      ],
      resources: [{ id: 'res', address: '10.0.0.0/16', groups: ['lan'] }],
    })
    .policy('eng-to-lan', { id: 'pol', sources: ['eng'], destinations: ['lan'] })
    .build();

const lines = (r: ReturnType<typeof runSimulation>) => simJson(r).switches.map((s) => `${s.t} ${s.client} ${s.from}→${s.to} ${s.reason}`);

describe('runSimulation: configuration events', () => {
  it('a lower metric on the standby router moves clients at once', () => {
    const r = runSimulation(ha(), scenario([{ kind: 'router', t: 100, router: 'r-b', set: { metric: 5 } }]));
    expect(lines(r)).toEqual(['100 c1 gw-a→gw-b Routing peer changed: lower route metric', '100 c2 gw-a→gw-b Routing peer changed: lower route metric']);
  });

  it('disabling the primary router is like stopping it; with both disabled there is no routing peer', () => {
    const r = runSimulation(
      ha(),
      scenario([
        { kind: 'router', t: 30, router: 'r-a', set: { enabled: false } },
        { kind: 'router', t: 90, router: 'r-b', set: { enabled: false } },
      ]),
    );
    expect(lines(r)).toEqual([
      '30 c1 gw-a→gw-b Routing peer changed: current routing peer unavailable',
      '30 c2 gw-a→gw-b Routing peer changed: current routing peer unavailable',
      '90 c1 gw-b→null No routing peer available',
      '90 c2 gw-b→null No routing peer available',
    ]);
  });

  it('disabling the policy takes the route away (not a switch) and enabling it brings a fresh first choice', () => {
    const r = runSimulation(
      ha(),
      scenario([
        { kind: 'policy', t: 60, policy: 'pol', set: { enabled: false } },
        { kind: 'policy', t: 120, policy: 'pol', set: { enabled: true } },
      ]),
    );
    expect(r.switches).toEqual([]);
    expect(r.tracks.find((t) => t.client === 'c1')?.changes).toEqual([
      { t: 0, peer: 'gw-a', state: 'routed' },
      { t: 60, peer: null, state: 'not-received' },
      { t: 120, peer: 'gw-a', state: 'routed' },
    ]);
  });
});

describe('runSimulation: liveness and flows', () => {
  it('counts each client’s established TCP flows (lab tcp_flows, default 1) at every switch away from a peer', () => {
    const s = ha();
    const lab = { peers: { c1: { tcp_flows: 12 } } };
    const r = runSimulation({ ...s, lab }, scenario([{ kind: 'peer', t: 60, peer: 'gw-a', set: { online: false } }]));
    expect(r.switches.map((x) => [x.client, x.resets])).toEqual([
      ['c1', 12],
      ['c2', 1],
    ]);
    expect(r.resets).toBe(13);
  });

  it('an offline client holds no route; coming back is a first choice, not a switch', () => {
    const r = runSimulation(
      ha(),
      scenario([
        { kind: 'peer', t: 30, peer: 'c1', set: { online: false } },
        { kind: 'peer', t: 40, peer: 'gw-a', set: { online: false } },
        { kind: 'peer', t: 50, peer: 'c1', set: { online: true } },
      ]),
    );
    expect(lines(r)).toEqual(['40 c2 gw-a→gw-b Routing peer changed: current routing peer unavailable']);
    expect(r.tracks.find((t) => t.client === 'c1')?.changes).toEqual([
      { t: 0, peer: 'gw-a', state: 'routed' },
      { t: 30, peer: null, state: 'offline' },
      { t: 50, peer: 'gw-b', state: 'routed' },
    ]);
  });

  it('prefers a connected peer over an idle (lazy) one, even with a worse metric', () => {
    const r = runSimulation(ha(), scenario([{ kind: 'link', t: 10, link: ['c1', 'gw-a'], set: { connection: 'idle' } }]));
    expect(lines(r)).toEqual(['10 c1 gw-a→gw-b Routing peer changed: connected peer preferred over idle']);
  });
});

describe('runSimulation: relayed carriers', () => {
  it('a metric win is not held by the relayed-switch delay: relayed only matters between equal metrics', () => {
    const r = runSimulation(ha(), scenario([{ kind: 'link', t: 10, link: ['c1', 'gw-a'], set: { connection: 'relayed' } }]));
    expect(r.switches).toEqual([]);
  });

  it('with "never", a relayed carrier is kept while it stays connected', () => {
    const s = ha({ metricB: 10 });
    const events: SimEvent[] = [{ kind: 'link', t: 10, link: ['c1', 'gw-a'], set: { connection: 'relayed' } }];
    expect(runSimulation(s, scenario(events, { relayed_switch_delay: { kind: 'never' } })).switches).toEqual([]);
    expect(lines(runSimulation(s, scenario(events)))).toEqual(['60 c1 gw-a→gw-b Routing peer changed: direct connection preferred over relayed']);
  });

  it('a carrier relayed from the start is simply worse: no delay', () => {
    const s = { ...ha({ metricB: 10 }), lab: { peers: { c1: { connection: { 'gw-a': 'relayed' as const } } } } };
    expect(runSimulation(s, scenario([])).tracks.find((t) => t.client === 'c1')?.changes).toEqual([{ t: 0, peer: 'gw-b', state: 'routed' }]);
  });
});

describe('runSimulation: cost', () => {
  it('evaluates each pair once at the start and then only the pairs an event touches', () => {
    let b = snapshotBuilder().peer('gw-a', { groups: ['ra'] }).peer('gw-b', { groups: ['rb'] });
    for (let i = 0; i < 100; i++) b = b.peer(`c${i}`, { groups: ['eng'] });
    const s = b
      .network('net', { routers: [{ peer: 'gw-a', metric: 10 }, { peer: 'gw-b', metric: 20 }], resources: [{ id: 'res', address: '10.0.0.0/16', groups: ['lan'] }] })
      .policy('p', { sources: ['eng'], destinations: ['lan'] })
      .build();
    const r = runSimulation({ ...s, lab: {} }, { ...scenario([{ kind: 'link', t: 45, link: ['c7', 'gw-a'], set: { latency_ms: 80 } }]), duration_s: 3600 });
    expect(r.evaluations).toBe(100 + 1);
  });
});
