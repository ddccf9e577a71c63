import { describe, expect, it } from 'vitest';
import type { RoutingCandidate } from './choose-routing-peer';
import { rankRoutingPeers } from './routing-ranking';

const peer = (id: string, metric: number, over: Partial<RoutingCandidate> = {}): RoutingCandidate => ({
  id,
  metric,
  status: 'connected',
  relayed: false,
  latency_ms: 10,
  latency_noise_ms: null,
  degraded_for_s: null,
  ...over,
});

const labels = (cands: RoutingCandidate[]) => rankRoutingPeers(cands).map((r) => [r.candidate.id, r.rank, r.label]);

describe('rankRoutingPeers', () => {
  it('labels one lowest metric primary and the others standby', () => {
    expect(labels([peer('b', 200), peer('a', 100)])).toEqual([
      ['a', 1, 'primary'],
      ['b', 2, 'standby'],
    ]);
  });

  it('labels equal lowest metrics latency-balanced, ordered by latency', () => {
    expect(labels([peer('eu', 100, { latency_ms: 80 }), peer('us', 100, { latency_ms: 20 }), peer('backup', 500)])).toEqual([
      ['us', 1, 'latency-balanced'],
      ['eu', 2, 'latency-balanced'],
      ['backup', 3, 'standby'],
    ]);
  });

  it('ranks connecting peers last as unavailable, and an idle peer behind connected ones', () => {
    expect(labels([peer('down', 10, { status: 'connecting' }), peer('lazy', 50, { status: 'idle' }), peer('up', 100)])).toEqual([
      ['up', 1, 'primary'],
      ['lazy', 2, 'standby'],
      ['down', 3, 'unavailable'],
    ]);
  });
});
