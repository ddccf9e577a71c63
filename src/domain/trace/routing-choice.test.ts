import { describe, expect, it } from 'vitest';
import { buildAccountIndex } from '@/domain/account';
import { snapshotBuilder, type WireSnapshot } from '@/domain/testing/snapshot-builder';
import { tracePacket, type TraceQuery } from './trace-packet';
import { traceRoutingChoice } from './routing-choice';

function choiceOf(snapshot: WireSnapshot, query: TraceQuery) {
  const index = buildAccountIndex(snapshot);
  const r = tracePacket(index, query);
  if (!r.ok) throw new Error(r.error);
  return { result: r.value, choice: traceRoutingChoice(index, query, r.value) };
}

const ha = () =>
  snapshotBuilder()
    .peer('alice', { groups: ['engineers'], latencyMs: { 'gw-eu': 14, 'gw-us': 96 } })
    .peer('gw-eu', { groups: ['eu'] })
    .peer('gw-us', { groups: ['us'] })
    .peer('gw-dr', { groups: ['dr'], online: false })
    .network('vpc', {
      routers: [
        { id: 'rt-eu', peerGroups: ['eu'] },
        { id: 'rt-us', peerGroups: ['us'] },
        { id: 'rt-dr', peerGroups: ['dr'], metric: 500 },
      ],
      resources: [{ id: 'vpc-range', address: '10.40.0.0/16', groups: ['vpc'] }],
    })
    .policy('to-vpc', { sources: ['engineers'], destinations: ['vpc'] });

describe('traceRoutingChoice', () => {
  it('ranks every routing peer of a network the way the trace chose, with the reason', () => {
    const { result, choice } = choiceOf(ha().build(), { from: 'alice', to: '10.40.1.1:443' });
    expect(result.routing_peer).toBe('gw-eu');
    expect(choice?.route_key).toBe('vpc');
    expect(choice?.explanation).toBe('gw-eu ranks first over gw-us (metric 100): lower latency (14 ms vs 96 ms); gw-dr is unavailable (offline or connecting)');
    expect(choice?.rows.map((r) => [r.peerId, r.rank, r.label, r.chosen, r.via])).toEqual([
      ['gw-eu', 1, 'latency-balanced', true, { kind: 'router', id: 'rt-eu', network_id: 'vpc' }],
      ['gw-us', 2, 'latency-balanced', false, { kind: 'router', id: 'rt-us', network_id: 'vpc' }],
      ['gw-dr', 3, 'unavailable', false, { kind: 'router', id: 'rt-dr', network_id: 'vpc' }],
    ]);
  });

  it('keeps the current peer within the latency dwell time, as the trace did', () => {
    const query: TraceQuery = { from: 'alice', to: '10.40.1.1:443', routingState: { current: { vpc: 'gw-us' }, seconds_since_latency_switch: 5 } };
    const { result, choice } = choiceOf(ha().build(), query);
    expect(result.routing_peer).toBe('gw-us');
    expect(choice?.rows.find((r) => r.chosen)?.peerId).toBe('gw-us');
    expect(choice?.explanation).toMatch(/^keeps current routing peer gw-us/);
  });

  it('lists the routing peers of an exit node the client does not connect to (no policy links them)', () => {
    const s = snapshotBuilder()
      .peer('dave', { groups: ['travelers'] })
      .peer('exit-1', { groups: ['exits'] })
      .exitNode('exit-eu', { id: 'route-exit', peerGroups: ['exits'], groups: ['travelers'] })
      .build();
    const { result, choice } = choiceOf(s, { from: 'dave', to: '8.8.8.8', protocol: 'icmp' });
    expect(result.reason).toBe('no-peer-connection');
    expect(choice?.rows).toMatchObject([{ peerId: 'exit-1', rank: null, label: 'not-connected', via: { kind: 'route', id: 'route-exit' }, chosen: false }]);
    expect(choice?.explanation).toMatch(/no enabled policy links dave with any of its routing peers \(exit-1\).*at least an ICMP policy/);

    const linked = snapshotBuilder()
      .peer('dave', { groups: ['travelers'] })
      .peer('exit-1', { groups: ['exits'] })
      .peer('exit-2', { groups: ['exits'] })
      .exitNode('exit-eu', { id: 'route-exit', peerGroups: ['exits'], groups: ['travelers'] })
      .policy('icmp', { sources: ['travelers'], destinationPeer: 'exit-2', protocol: 'icmp' })
      .build();
    const both = choiceOf(linked, { from: 'dave', to: '8.8.8.8', protocol: 'icmp' }).choice;
    expect(both?.rows.map((r) => [r.peerId, r.label, r.chosen])).toEqual([
      ['exit-2', 'primary', true],
      ['exit-1', 'not-connected', false],
    ]);
  });

  it('has nothing to say for a packet that takes no routing peer', () => {
    const s = ha().policy('mesh', { sources: ['engineers'], destinations: ['eu'] }).build();
    expect(choiceOf(s, { from: 'alice', to: 'gw-eu:22' }).choice).toBeNull();
    expect(choiceOf(s, { from: 'alice', to: '192.0.2.1' }).choice).toBeNull();
    expect(traceRoutingChoice(buildAccountIndex(s), { from: 'nobody', to: '10.40.1.1' }, choiceOf(s, { from: 'alice', to: '10.40.1.1' }).result)).toBeNull();
  });
});
