import { describe, expect, it } from 'vitest';
import { snapshotBuilder, type PeerSpec } from '@/domain/testing/snapshot-builder';
import { traceOf } from '@/domain/testing/trace-helpers';

/** A network with two routing peers; metrics and liveness vary per test. */
const ha = (primary: { metric: number } & PeerSpec, standby: { metric: number } & PeerSpec) =>
  snapshotBuilder()
    .peer('alice', { groups: ['engineers'] })
    .peer('gw-a', { ...primary, groups: ['routers-a'] })
    .peer('gw-b', { ...standby, groups: ['routers-b'] })
    .network('office', {
      routers: [
        { id: 'rt-a', peerGroups: ['routers-a'], metric: primary.metric },
        { id: 'rt-b', peerGroups: ['routers-b'], metric: standby.metric },
      ],
      resources: [{ id: 'lan', address: '10.10.0.0/16', groups: ['office'] }],
    })
    .policy('p', { sources: ['engineers'], destinations: ['office'] })
    .build();

describe('tracePacket: routing-peer choice', () => {
  it('uses the lower metric, fails over to the higher one when the primary is offline, and returns', () => {
    expect(traceOf(ha({ metric: 10 }, { metric: 20 }), { from: 'alice', to: '10.10.0.5' }).routing_peer).toBe('gw-a');
    const down = traceOf(ha({ metric: 10, online: false }, { metric: 20 }), { from: 'alice', to: '10.10.0.5' });
    expect(down).toMatchObject({ verdict: 'allowed', routing_peer: 'gw-b' });
    expect(down.stages[1]?.message).toContain('gw-a is unavailable');
    const back = traceOf(ha({ metric: 10 }, { metric: 20 }), { from: 'alice', to: '10.10.0.5', routingState: { current: { office: 'gw-b' } } });
    expect(back.routing_peer).toBe('gw-a');
    expect(back.stages[1]?.message).toContain('lower route metric');
  });

  it('picks by lab latency at equal metrics, and keeps the current peer inside the 20 ms margin', () => {
    const s = ha({ metric: 100 }, { metric: 100 });
    const lab = s.lab?.peers as Record<string, { latency_ms?: Record<string, number> }>;
    lab['alice'] = { latency_ms: { 'gw-a': 60, 'gw-b': 45 } };
    expect(traceOf(s, { from: 'alice', to: '10.10.0.5' }).routing_peer).toBe('gw-b');
    const kept = traceOf(s, { from: 'alice', to: '10.10.0.5', routingState: { current: { office: 'gw-a' } } });
    expect(kept.routing_peer).toBe('gw-a');
    expect(kept.stages[1]?.message).toContain('below the switching margin');
  });

  it('takes link state from the routing state (relayed, idle) over the lab', () => {
    const s = ha({ metric: 100 }, { metric: 100 });
    const relayedA = traceOf(s, { from: 'alice', to: '10.10.0.5', routingState: { links: { 'gw-a': { relayed: true } } } });
    expect(relayedA.routing_peer).toBe('gw-b');
    const idleB = traceOf(s, { from: 'alice', to: '10.10.0.5', routingState: { links: { 'gw-a': { status: 'idle' } } } });
    expect(idleB.routing_peer).toBe('gw-b');
  });

  it('never routes through the source itself', () => {
    const s = ha({ metric: 10 }, { metric: 20 });
    const gwA = s.peers.find((p) => p.id === 'gw-a');
    (gwA?.groups as { id: string }[] | undefined)?.push({ id: 'engineers' });
    const groups = s.groups.find((g) => g.id === 'engineers')?.peers as { id: string }[] | undefined;
    groups?.push({ id: 'gw-a' });
    expect(traceOf(s, { from: 'gw-a', to: '10.10.0.5' }).routing_peer).toBe('gw-b');
  });
});
