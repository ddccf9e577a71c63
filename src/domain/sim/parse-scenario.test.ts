import { describe, expect, it } from 'vitest';
import { snapshotBuilder } from '@/domain/testing/snapshot-builder';
import { checkScenarioRefs } from './check-refs';
import { parseScenario } from './parse-scenario';
import { scenarioJson } from './scenario';

const ISSUE_EXAMPLE = {
  duration_s: 3600,
  lab: { peers: { c1: { latency_ms: { gw: 12 } } } },
  events: [
    { t: 60, peer: 'gw', set: { online: false } },
    { t: 90, router: 'r-1', set: { metric: 50, enabled: true } },
    { t: 120, link: ['c1', 'gw'], set: { latency_ms: 80, latency_noise_ms: 5, relayed: true } },
    { t: 30, policy: 'pol', set: { enabled: false } },
  ],
};

describe('parseScenario', () => {
  it('reads the issue’s format, with defaults for seed and relayed-switch delay', () => {
    const parsed = parseScenario(ISSUE_EXAMPLE);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value).toEqual({
      duration_s: 3600,
      lab: { peers: { c1: { latency_ms: { gw: 12 } } } },
      seed: 1,
      relayed_switch_delay: { kind: 'after', seconds: 30 },
      events: [
        { kind: 'peer', t: 60, peer: 'gw', set: { online: false } },
        { kind: 'router', t: 90, router: 'r-1', set: { metric: 50, enabled: true } },
        { kind: 'link', t: 120, link: ['c1', 'gw'], set: { latency_ms: 80, latency_noise_ms: 5, connection: 'relayed' } },
        { kind: 'policy', t: 30, policy: 'pol', set: { enabled: false } },
      ],
    });
  });

  it('writes back the same file format', () => {
    const parsed = parseScenario(ISSUE_EXAMPLE);
    if (!parsed.ok) throw new Error(parsed.errors.join('; '));
    const again = parseScenario(JSON.parse(JSON.stringify(scenarioJson(parsed.value))));
    expect(again).toEqual(parsed);
  });

  it('reports every problem with its path', () => {
    const parsed = parseScenario({
      duration_s: 100,
      event: [],
      events: [
        { t: 200, peer: 'gw', set: { online: false } },
        { t: 10, peer: 'gw', router: 'r', set: { online: true } },
        { t: 10, router: 'r', set: { metric: 'low' } },
        { t: 10, link: ['a'], set: { relayed: true } },
        { t: 10, link: ['a', 'b'], set: { relayed: true, connection: 'direct' } },
        { peer: 'gw', set: {} },
        { t: 5, policy: 'p', set: { enabled: false, name: 'x' } },
      ],
    });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors).toEqual([
      '(root): unknown field "event" (expected "duration_s", "lab", "events", "seed", "relayed_switch_delay", "name", "description")',
      'events[0].t: 200 is after the end of the scenario (duration_s 100)',
      'events[1]: an event names exactly one of "peer", "router", "link" or "policy" (found peer, router)',
      'events[2].set.metric: must be a number ≥ 1',
      'events[3].link: must be ["<peer id>", "<peer id>"]',
      'events[4].set: "relayed" and "connection" disagree; give one of them',
      'events[5].t: is required (seconds from the start)',
      'events[5].set: must be an object with at least one of "online"',
      'events[6].set: unknown field "name" (expected "enabled")',
    ]);
  });

  it('refuses a scenario without duration or events, and a bad lab or delay', () => {
    const parsed = parseScenario({ lab: { peers: { a: { online: 'yes', connection: { b: 'p2p' } } } }, relayed_switch_delay: 'soon' });
    expect(parsed.ok === false && parsed.errors).toEqual([
      'duration_s: is required (seconds of simulated time)',
      'lab.peers.a.online: must be true or false',
      'lab.peers.a.connection.b: must be "direct", "relayed" or "idle"',
      'relayed_switch_delay "soon" is not valid: use "never", "0" or a duration such as "30s"',
      'events: is required (a list, possibly empty)',
    ]);
    expect(parseScenario([]).ok).toBe(false);
  });
});

describe('checkScenarioRefs', () => {
  it('names every id the account does not have', () => {
    const s = snapshotBuilder()
      .peer('gw')
      .peer('c1')
      .network('net', { routers: [{ id: 'r-1', peer: 'gw' }] })
      .policy('pol', {})
      .build();
    const ok = parseScenario(ISSUE_EXAMPLE);
    if (!ok.ok) throw new Error('example');
    expect(checkScenarioRefs(s, ok.value)).toEqual([]);
    const bad = parseScenario({
      duration_s: 60,
      lab: { peers: { ghost: { latency_ms: { gw2: 1 } } } },
      events: [
        { t: 1, peer: 'nope', set: { online: true } },
        { t: 1, router: 'r-9', set: { enabled: true } },
        { t: 1, link: ['c1', 'x'], set: { latency_ms: 3 } },
        { t: 1, policy: 'p-9', set: { enabled: true } },
      ],
    });
    if (!bad.ok) throw new Error(bad.errors.join('; '));
    expect(checkScenarioRefs(s, bad.value)).toEqual([
      'lab.peers: no peer with id "ghost" in this account',
      'lab.peers.ghost.latency_ms: no peer with id "gw2" in this account',
      'events[0].peer: no peer with id "nope" in this account',
      'events[1].router: no network router or route with id "r-9" in this account',
      'events[2].link[1]: no peer with id "x" in this account',
      'events[3].policy: no policy with id "p-9" in this account',
    ]);
  });
});
