import { describe, expect, it } from 'vitest';
import { recordingIo } from '../testing-io';
import { run } from './ha';

/** filesIo: recorded output plus an in-memory file system. */
const filesIo = (files: Record<string, string>) =>
  Object.assign(recordingIo(), {
    readFile: (path: string) => {
      const f = files[path];
      if (f === undefined) throw new Error(`ENOENT: no such file or directory, open '${path}'`);
      return f;
    },
  });

const candidate = (id: string, over: Record<string, unknown> = {}) => ({
  id,
  metric: 100,
  status: 'connected',
  relayed: false,
  latency_ms: 20,
  latency_noise_ms: 1,
  degraded_for_s: null,
  ...over,
});

const haRun = (scenario: unknown, json = true) => {
  const io = filesIo({ 's.json': JSON.stringify(scenario) });
  const code = run(json ? ['s.json', '--json'] : ['s.json'], io);
  return { code, io };
};

describe('nbrc ha', () => {
  it('prints exactly {"chosen","reason"}', () => {
    const { code, io } = haRun({
      current: 'standby',
      seconds_since_latency_switch: null,
      relayed_switch_delay: '30s',
      candidates: [candidate('primary', { metric: 10 }), candidate('standby', { metric: 20 })],
    });
    expect(code).toBe(0);
    expect(JSON.parse(io.out)).toEqual({ chosen: 'primary', reason: 'lower route metric' });
    expect(Object.keys(JSON.parse(io.out) as object)).toEqual(['chosen', 'reason']);
  });

  it('applies the relayed-switch delay of the scenario', () => {
    const degraded = (delay: string) => ({
      current: 'a',
      seconds_since_latency_switch: null,
      relayed_switch_delay: delay,
      candidates: [candidate('a', { relayed: true, degraded_for_s: 12 }), candidate('b')],
    });
    expect(JSON.parse(haRun(degraded('30s')).io.out)).toEqual({ chosen: 'a', reason: null });
    expect(JSON.parse(haRun(degraded('0')).io.out)).toEqual({ chosen: 'b', reason: 'direct connection preferred over relayed' });
    expect(JSON.parse(haRun(degraded('never')).io.out)).toEqual({ chosen: 'a', reason: null });
  });

  it('answers null when no candidate is eligible', () => {
    const { io } = haRun({ current: 'a', seconds_since_latency_switch: null, relayed_switch_delay: '30s', candidates: [candidate('a', { status: 'connecting' })] });
    expect(JSON.parse(io.out)).toEqual({ chosen: null, reason: null });
  });

  it('prints the decision and the ranking as text', () => {
    const { io } = haRun({ current: null, seconds_since_latency_switch: null, relayed_switch_delay: '30s', candidates: [candidate('a'), candidate('b', { latency_ms: 5 })] }, false);
    expect(io.out).toContain('chosen: b (first choice: current routing peer unavailable)');
    expect(io.out).toContain('1. b  latency-balanced');
  });

  it('exits 2 for an invalid scenario', () => {
    for (const scenario of [{ candidates: 'x' }, { candidates: [{ id: 'a', metric: 1, status: 'up' }] }, { relayed_switch_delay: 'soon', candidates: [] }]) {
      const { code, io } = haRun(scenario);
      expect(code).toBe(2);
      expect(io.err).toMatch(/nbrc ha: /);
    }
    const io = filesIo({});
    expect(run(['nope.json'], io)).toBe(2);
  });
});
