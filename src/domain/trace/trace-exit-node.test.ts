import { describe, expect, it } from 'vitest';
import { snapshotBuilder } from '@/domain/testing/snapshot-builder';
import { traceOf, verdictOf } from '@/domain/testing/trace-helpers';

const exitAccount = (withIcmpPolicy: boolean) => {
  const b = snapshotBuilder()
    .peer('laptop', { groups: ['staff'] })
    .peer('exit-fra', { groups: ['exit-nodes'], lanIp: '192.0.2.10' })
    .exitNode('exit-fra', { id: 'route-exit', peerGroups: ['exit-nodes'], groups: ['staff'] });
  if (withIcmpPolicy) b.policy('staff-to-exit', { id: 'pol-icmp', sources: ['staff'], destinations: ['exit-nodes'], protocol: 'icmp' });
  return b.build();
};

describe('tracePacket: exit nodes', () => {
  it('needs at least an ICMP policy from the client to the exit node', () => {
    const t = traceOf(exitAccount(false), { from: 'laptop', to: '1.1.1.1:443' });
    expect(t).toMatchObject({ verdict: 'denied', reason: 'no-peer-connection', path: { kind: 'exit-node', id: 'route-exit', network_id: 'exit-fra' } });
    expect(t.stages.find((s) => s.stage === 'Peer connection')?.message).toContain('ICMP');
  });

  it('with the ICMP policy, carries any internet traffic (no ACL groups) and masquerades it', () => {
    const t = traceOf(exitAccount(true), { from: 'laptop', to: '1.1.1.1:443' });
    expect(t).toMatchObject({
      verdict: 'allowed',
      path: { kind: 'exit-node', id: 'route-exit', network_id: 'exit-fra' },
      routing_peer: 'exit-fra',
      chain: 'forward',
      policy: null,
      masquerade: true,
      source_after_nat: '192.0.2.10',
    });
    expect(t.stages.find((s) => s.stage === 'Peer connection')?.message).toContain('staff-to-exit');
  });

  it('blocks IPv6 through an IPv4 exit node', () => {
    const t = traceOf(exitAccount(true), { from: 'laptop', to: '[2606:4700::1111]:443' });
    expect(t).toMatchObject({ verdict: 'denied', reason: 'ipv6-blocked', path: { kind: 'exit-node', network_id: 'exit-fra' }, routing_peer: null });
  });

  it('carries IPv6 when the active exit node also has a ::/0 route', () => {
    const s = snapshotBuilder()
      .peer('laptop', { groups: ['staff'] })
      .peer('exit-fra', { groups: ['exit-nodes'] })
      .exitNode('exit-fra', { peerGroups: ['exit-nodes'], groups: ['staff'] })
      .exitNode('exit-fra', { network: '::/0', peerGroups: ['exit-nodes'], groups: ['staff'] })
      .policy('icmp', { sources: ['staff'], destinations: ['exit-nodes'], protocol: 'icmp' })
      .build();
    expect(verdictOf(s, { from: 'laptop', to: '2606:4700::1111' })).toBe('allowed');
  });

  it('uses only one exit node: the selected one, else the smallest auto-applied network_id', () => {
    const s = snapshotBuilder()
      .peer('laptop', { groups: ['staff'] })
      .peer('exit-a', { groups: ['exit-a'] })
      .peer('exit-b', { groups: ['exit-b'] })
      .exitNode('b-exit', { peer: 'exit-b', groups: ['staff'] })
      .exitNode('a-exit', { peer: 'exit-a', groups: ['staff'], skipAutoApply: true })
      .policy('icmp', { sources: ['staff'], destinations: ['exit-a', 'exit-b'], protocol: 'icmp' })
      .build();
    expect(traceOf(s, { from: 'laptop', to: '1.1.1.1' }).routing_peer).toBe('exit-b');
    expect(traceOf(s, { from: 'laptop', to: '1.1.1.1', selectedExitNode: 'a-exit' }).routing_peer).toBe('exit-a');
  });

  it('loses to any more specific route', () => {
    const s = snapshotBuilder()
      .peer('laptop', { groups: ['staff'] })
      .peer('exit', { groups: ['exit-nodes'] })
      .peer('gw', { groups: ['routers'] })
      .exitNode('exit', { peerGroups: ['exit-nodes'], groups: ['staff'] })
      .network('office', { routers: [{ peerGroups: ['routers'] }], resources: [{ id: 'lan', address: '10.0.0.0/8', groups: ['lan'] }] })
      .policy('icmp', { sources: ['staff'], destinations: ['exit-nodes'], protocol: 'icmp' })
      .policy('lan', { sources: ['staff'], destinations: ['lan'] })
      .build();
    expect(traceOf(s, { from: 'laptop', to: '10.1.2.3' }).routing_peer).toBe('gw');
  });
});
