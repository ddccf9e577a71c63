import { describe, expect, it } from 'vitest';
import { chooseRoutingPeer, routingDecisionJson, type RoutingCandidate, type RoutingScenario } from './choose-routing-peer';
import { DEFAULT_RELAYED_SWITCH_DELAY, type RelayedSwitchDelay } from './relayed-switch-delay';

const peer = (id: string, over: Partial<RoutingCandidate> = {}): RoutingCandidate => ({
  id,
  metric: 100,
  status: 'connected',
  relayed: false,
  latency_ms: 20,
  latency_noise_ms: 0,
  degraded_for_s: null,
  ...over,
});

const scenario = (current: string | null, candidates: RoutingCandidate[], over: Partial<RoutingScenario> = {}): RoutingScenario => ({
  current,
  seconds_since_latency_switch: null,
  relayed_switch_delay: DEFAULT_RELAYED_SWITCH_DELAY,
  candidates,
  ...over,
});

const choose = (s: RoutingScenario) => routingDecisionJson(chooseRoutingPeer(s));

describe('chooseRoutingPeer: eligibility', () => {
  it('never chooses a connecting peer; none eligible means no routing peer', () => {
    expect(chooseRoutingPeer(scenario(null, [peer('a', { status: 'connecting' })]))).toEqual({ kind: 'none' });
    expect(choose(scenario('a', [peer('a', { status: 'connecting' })]))).toEqual({ chosen: null, reason: null });
    expect(choose(scenario(null, []))).toEqual({ chosen: null, reason: null });
  });

  it('takes the best peer when there is no current one, or the current one is gone or connecting', () => {
    const cands = [peer('a', { metric: 200 }), peer('b', { metric: 100 })];
    expect(choose(scenario(null, cands))).toEqual({ chosen: 'b', reason: 'current routing peer unavailable' });
    expect(choose(scenario('gone', cands))).toEqual({ chosen: 'b', reason: 'current routing peer unavailable' });
    const connecting = [peer('a', { status: 'connecting', metric: 10 }), peer('b', { metric: 100 })];
    expect(choose(scenario('a', connecting))).toEqual({ chosen: 'b', reason: 'current routing peer unavailable' });
  });
});

describe('chooseRoutingPeer: order', () => {
  it('prefers connected over idle, at once', () => {
    const s = scenario('a', [peer('a', { status: 'idle', metric: 10 }), peer('b', { metric: 500 })]);
    expect(choose(s)).toEqual({ chosen: 'b', reason: 'connected peer preferred over idle' });
  });

  it('fails over to the higher metric when the primary is offline, and back when it returns', () => {
    const primaryDown = scenario('primary', [peer('primary', { metric: 10, status: 'connecting' }), peer('standby', { metric: 20 })]);
    expect(choose(primaryDown)).toEqual({ chosen: 'standby', reason: 'current routing peer unavailable' });
    const primaryBack = scenario('standby', [peer('primary', { metric: 10 }), peer('standby', { metric: 20 })]);
    expect(choose(primaryBack)).toEqual({ chosen: 'primary', reason: 'lower route metric' });
  });

  it('switches at once for a lower metric even when the latency is worse', () => {
    const s = scenario('a', [peer('a', { metric: 20, latency_ms: 5 }), peer('b', { metric: 10, latency_ms: 300 })]);
    expect(choose(s)).toEqual({ chosen: 'b', reason: 'lower route metric' });
  });

  it('prefers direct over relayed at equal metric when the current peer was relayed from the start', () => {
    const s = scenario('a', [peer('a', { relayed: true, latency_ms: 5 }), peer('b', { latency_ms: 80 })]);
    expect(choose(s)).toEqual({ chosen: 'b', reason: 'direct connection preferred over relayed' });
  });

  it('keeps the current peer on a full tie', () => {
    expect(choose(scenario('b', [peer('a'), peer('b')]))).toEqual({ chosen: 'b', reason: null });
    expect(chooseRoutingPeer(scenario('b', [peer('a'), peer('b')]))).toEqual({ kind: 'keep', chosen: 'b', held: 'best' });
  });

  it('counts an unknown or non-positive latency as 999 ms', () => {
    expect(choose(scenario(null, [peer('a', { latency_ms: 0 }), peer('b', { latency_ms: 900 })])).chosen).toBe('b');
    expect(choose(scenario(null, [peer('a', { latency_ms: null }), peer('b', { latency_ms: 998 })])).chosen).toBe('b');
    expect(choose(scenario(null, [peer('a', { latency_ms: -5 }), peer('b', { latency_ms: 1000 })])).chosen).toBe('a');
  });
});

describe('chooseRoutingPeer: latency margins', () => {
  it('needs a gain of at least 20 ms', () => {
    const held = scenario('a', [peer('a', { latency_ms: 50 }), peer('b', { latency_ms: 31 })]);
    expect(chooseRoutingPeer(held)).toEqual({ kind: 'keep', chosen: 'a', held: 'latency-gain-below-margin' });
    const exact = scenario('a', [peer('a', { latency_ms: 50 }), peer('b', { latency_ms: 30 })]);
    expect(choose(exact)).toEqual({ chosen: 'b', reason: 'lower latency' });
  });

  it('needs 20 % of the current latency on slow links', () => {
    expect(choose(scenario('a', [peer('a', { latency_ms: 200 }), peer('b', { latency_ms: 161 })])).chosen).toBe('a');
    expect(choose(scenario('a', [peer('a', { latency_ms: 200 }), peer('b', { latency_ms: 160 })]))).toEqual({ chosen: 'b', reason: 'lower latency' });
  });

  it('needs 4·√(noise² + noise²) on noisy links', () => {
    // 4·√(5² + 5²) ≈ 28.3 ms > the 25 ms gain
    const noisy = scenario('a', [peer('a', { latency_ms: 50, latency_noise_ms: 5 }), peer('b', { latency_ms: 25, latency_noise_ms: 5 })]);
    expect(choose(noisy).chosen).toBe('a');
    const quiet = scenario('a', [peer('a', { latency_ms: 50, latency_noise_ms: 1 }), peer('b', { latency_ms: 25, latency_noise_ms: 1 })]);
    expect(choose(quiet)).toEqual({ chosen: 'b', reason: 'lower latency' });
  });

  it('holds the current peer for 30 s after a latency-driven switch', () => {
    const cands = [peer('a', { latency_ms: 100 }), peer('b', { latency_ms: 10 })];
    expect(chooseRoutingPeer(scenario('a', cands, { seconds_since_latency_switch: 29 }))).toEqual({ kind: 'keep', chosen: 'a', held: 'latency-dwell' });
    expect(choose(scenario('a', cands, { seconds_since_latency_switch: 30 }))).toEqual({ chosen: 'b', reason: 'lower latency' });
    // the dwell only holds latency-only wins
    const metric = [peer('a', { latency_ms: 10, metric: 20 }), peer('b', { latency_ms: 100, metric: 10 })];
    expect(choose(scenario('a', metric, { seconds_since_latency_switch: 1 }))).toEqual({ chosen: 'b', reason: 'lower route metric' });
  });

  it('tries the next candidate when the best one is held back by its noise', () => {
    const s = scenario('cur', [peer('cur', { latency_ms: 100 }), peer('noisy', { latency_ms: 70, latency_noise_ms: 10 }), peer('steady', { latency_ms: 75 })]);
    expect(choose(s)).toEqual({ chosen: 'steady', reason: 'lower latency' });
  });
});

describe('chooseRoutingPeer: relayed-switch delay', () => {
  const degraded = (seconds: number | null, delay: RelayedSwitchDelay, status: RoutingCandidate['status'] = 'connected') =>
    scenario('a', [peer('a', { relayed: true, degraded_for_s: seconds, status, latency_ms: 10 }), peer('b', { latency_ms: 10, status })], { relayed_switch_delay: delay });

  it('holds a peer that dropped to relayed for the default 30 s', () => {
    expect(chooseRoutingPeer(degraded(10, DEFAULT_RELAYED_SWITCH_DELAY))).toEqual({ kind: 'keep', chosen: 'a', held: 'relayed-switch-delay' });
    expect(choose(degraded(30, DEFAULT_RELAYED_SWITCH_DELAY))).toEqual({ chosen: 'b', reason: 'direct connection preferred over relayed' });
  });

  it('switches at once with a delay of 0', () => {
    expect(choose(degraded(0, { kind: 'after', seconds: 0 }))).toEqual({ chosen: 'b', reason: 'direct connection preferred over relayed' });
  });

  it('keeps the peer while it stays connected with "never"', () => {
    expect(chooseRoutingPeer(degraded(3600, { kind: 'never' }))).toEqual({ kind: 'keep', chosen: 'a', held: 'relayed-switch-never' });
    expect(choose(degraded(3600, { kind: 'never' }, 'idle')).chosen).toBe('b');
  });

  it('does not delay a switch the relayed peer loses on metric or status', () => {
    const s = scenario('a', [peer('a', { relayed: true, degraded_for_s: 1, metric: 20 }), peer('b', { metric: 10 })]);
    expect(choose(s)).toEqual({ chosen: 'b', reason: 'lower route metric' });
  });
});
