import { describe, expect, it } from 'vitest';
import { buildAccountIndex } from '@/domain/account';
import { snapshotBuilder } from '@/domain/testing/snapshot-builder';
import { tracePacket, traceRoutingChoice, type TraceQuery } from '@/domain/trace';
import { tracePathView } from './path-nodes';

const snapshot = () =>
  snapshotBuilder()
    .peer('alice', { groups: ['engineers'], ip: '100.64.0.10' })
    .peer('bob', { groups: ['engineers'], ip: '100.64.0.11' })
    .peer('gw', { groups: ['routers'], lanIp: '10.10.0.2' })
    .network('office', { name: 'Office', routers: [{ peerGroups: ['routers'] }], resources: [{ id: 'lan', name: 'Office LAN', address: '10.10.0.0/16', groups: ['office'] }] })
    .policy('office', { sources: ['engineers'], destinations: ['office'], protocol: 'tcp', ports: ['443'] })
    .policy('mesh', { sources: ['engineers'], destinations: ['engineers'] })
    .build();

function viewOf(query: TraceQuery) {
  const index = buildAccountIndex(snapshot());
  const r = tracePacket(index, query);
  if (!r.ok) throw new Error(r.error);
  const v = tracePathView(index, query, r.value);
  return { hops: v.nodes.map((n) => `${n.role}: ${n.title}${n.detail ? ` [${n.detail}]` : ''}`), dropped_at: v.dropped_at };
}

describe('tracePathView', () => {
  it('draws client → routing peer → resource, with NAT on the routing peer', () => {
    expect(viewOf({ from: 'alice', to: '10.10.4.5:443' })).toEqual({
      hops: ['Client: alice [100.64.0.10]', 'Routing peer: gw [masquerade as 10.10.0.2]', 'Resource: Office LAN [10.10.4.5]'],
      dropped_at: null,
    });
  });

  it('marks the hop where the packet is dropped', () => {
    expect(viewOf({ from: 'alice', to: '10.10.4.5:80' }).dropped_at).toBe(1);
    expect(viewOf({ from: 'alice', to: '10.10.0.2:22' })).toEqual({ hops: ['Client: alice [100.64.0.10]', 'Routing peer (destination): gw [10.10.0.2: its own address]'], dropped_at: 0 });
    expect(viewOf({ from: 'alice', to: '192.0.2.1' })).toEqual({ hops: ['Client: alice [100.64.0.10]', 'Destination: 192.0.2.1 [no route]'], dropped_at: 0 });
  });

  it('names the routing peer the client cannot reach', () => {
    const s = snapshotBuilder()
      .peer('dave', { groups: ['travelers'] })
      .peer('exit-1', { groups: ['exits'] })
      .exitNode('exit-eu', { id: 'route-exit', peerGroups: ['exits'], groups: ['travelers'] })
      .build();
    const index = buildAccountIndex(s);
    const query = { from: 'dave', to: '8.8.8.8', protocol: 'icmp' as const };
    const r = tracePacket(index, query);
    if (!r.ok) throw new Error(r.error);
    const v = tracePathView(index, query, r.value, traceRoutingChoice(index, query, r.value));
    expect(v.nodes[1]).toEqual({ role: 'Routing peer', target: { type: 'peer', id: 'exit-1' }, title: 'exit-1', detail: 'not connected: no policy links it' });
    expect(v.nodes[2]).toMatchObject({ role: 'Exit node', title: 'exit-eu', target: { type: 'exit-node', id: 'route-exit' } });
    expect(v.dropped_at).toBe(0);
    expect(tracePathView(index, query, r.value).nodes[1]).toEqual({ role: 'Routing peer', target: null, title: 'none', detail: '' });
  });

  it('goes straight to the destination peer for peer to peer', () => {
    expect(viewOf({ from: 'alice', to: 'bob:22' })).toEqual({ hops: ['Client: alice [100.64.0.10]', 'Destination peer: bob [100.64.0.11]'], dropped_at: null });
  });
});
