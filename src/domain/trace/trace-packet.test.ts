import { describe, expect, it } from 'vitest';
import { buildAccountIndex } from '@/domain/account';
import { snapshotBuilder } from '@/domain/testing/snapshot-builder';
import { tracePacket } from './trace-packet';
import { stageNames, traceOf, verdictOf } from '@/domain/testing/trace-helpers';

/** The docs' example: a routing peer fronting 10.10.0.0/16 that also runs Grafana (3000) and SSH (22). */
const office = () =>
  snapshotBuilder()
    .peer('alice', { groups: ['engineers'] })
    .peer('gw-1', { groups: ['routers'], lanIp: '10.10.0.2' })
    .network('office', { routers: [{ id: 'rt-office', peerGroups: ['routers'] }], resources: [{ id: 'office-lan', name: 'Office LAN', address: '10.10.0.0/16', groups: ['office'] }] })
    .policy('engineers-to-office', { id: 'pol-office', sources: ['engineers'], destinations: ['office'] });

describe('tracePacket: the docs Grafana + SSH example', () => {
  it('reaches the resource through the forward chain, masqueraded to the LAN address', () => {
    const t = traceOf(office().build(), { from: 'alice', to: '10.10.5.5:443' });
    expect(t).toMatchObject({
      verdict: 'allowed',
      reason: 'allowed',
      path: { kind: 'network-resource', id: 'office-lan', network_id: 'office' },
      routing_peer: 'gw-1',
      chain: 'forward',
      policy: 'pol-office',
      masquerade: true,
      source_after_nat: '10.10.0.2',
      dns: null,
    });
    expect(stageNames(t)).toEqual(['Received', 'Routing', 'Peer connection', 'Route ACL', 'NAT', 'Forwarding', 'Completed']);
    const routing = t.stages[1]?.message ?? '';
    for (const name of ['Office LAN', 'office-lan', 'rt-office', 'gw-1']) expect(routing).toContain(name);
    expect(t.stages[3]?.message).toContain('policy "engineers-to-office" (pol-office)');
  });

  it("denies the routing peer's own SSH and Grafana (input chain) until a peer policy exists", () => {
    for (const to of ['10.10.0.2:22', '10.10.0.2:3000']) {
      const t = traceOf(office().build(), { from: 'alice', to });
      expect(t).toMatchObject({ verdict: 'denied', reason: 'no-policy', chain: 'input', routing_peer: 'gw-1', policy: null, masquerade: null });
      expect(stageNames(t)).toEqual(['Received', 'Routing', 'Peer connection', 'Peer ACL ✗', 'Completed ✗']);
    }
    expect(verdictOf(office().build(), { from: 'alice', to: 'gw-1:22' })).toBe('denied: no-policy');

    const fixed = office().policy('engineers-to-gw', { id: 'pol-gw', sources: ['engineers'], destinations: ['routers'], protocol: 'tcp', ports: ['22', '3000'] }).build();
    for (const to of ['10.10.0.2:22', '10.10.0.2:3000', 'gw-1:22']) {
      expect(traceOf(fixed, { from: 'alice', to })).toMatchObject({ verdict: 'allowed', chain: 'input', policy: 'pol-gw' });
    }
    expect(verdictOf(fixed, { from: 'alice', to: '10.10.0.2:8080' })).toBe('denied: no-policy');
  });
});

describe('tracePacket: policies', () => {
  it('checks drop rules before accept rules', () => {
    const s = office().policy('no-telnet', { id: 'pol-drop', sources: ['engineers'], destinations: ['office'], protocol: 'tcp', ports: ['23'], action: 'drop' }).build();
    expect(traceOf(s, { from: 'alice', to: '10.10.1.1:23' })).toMatchObject({ verdict: 'denied', reason: 'policy-drop', policy: 'pol-drop', chain: 'forward' });
    expect(verdictOf(s, { from: 'alice', to: '10.10.1.1:22' })).toBe('allowed');
  });

  it('matches protocols, single ports, port strings with ranges and port_ranges', () => {
    const s = snapshotBuilder()
      .peer('alice', { groups: ['engineers'] })
      .peer('gw', { groups: ['routers'] })
      .network('n', { routers: [{ peerGroups: ['routers'] }], resources: [{ id: 'web', address: '10.1.0.0/24', groups: ['web'] }] })
      .policy('https', { sources: ['engineers'], destinations: ['web'], protocol: 'tcp', ports: ['443', '8000-8010'] })
      .policy('dns', { sources: ['engineers'], destinations: ['web'], protocol: 'udp', portRanges: [{ start: 53, end: 53 }, { start: 5000, end: 5100 }] })
      .build();
    expect(verdictOf(s, { from: 'alice', to: '10.1.0.5:443' })).toBe('allowed');
    expect(verdictOf(s, { from: 'alice', to: '10.1.0.5:8005' })).toBe('allowed');
    expect(verdictOf(s, { from: 'alice', to: '10.1.0.5:8011' })).toBe('denied: no-policy');
    expect(verdictOf(s, { from: 'alice', to: '10.1.0.5:53', protocol: 'udp' })).toBe('allowed');
    expect(verdictOf(s, { from: 'alice', to: '10.1.0.5:5050', protocol: 'udp' })).toBe('allowed');
    expect(verdictOf(s, { from: 'alice', to: '10.1.0.5:53', protocol: 'tcp' })).toBe('denied: no-policy');
    expect(verdictOf(s, { from: 'alice', to: '10.1.0.5', protocol: 'icmp' })).toBe('denied: no-policy');
    // "all" asks for every kind of traffic, which only an "all" rule grants
    expect(verdictOf(s, { from: 'alice', to: '10.1.0.5' })).toBe('denied: no-policy');
  });

  it('ignores disabled policies and rules', () => {
    const s = snapshotBuilder()
      .peer('alice', { groups: ['engineers'] })
      .peer('gw', { groups: ['routers'] })
      .network('n', { routers: [{ peerGroups: ['routers'] }], resources: [{ id: 'web', address: '10.1.0.0/24', groups: ['web'] }] })
      .policy('off', { sources: ['engineers'], destinations: ['web'], enabled: false })
      .policy('rule-off', { rules: [{ sources: ['engineers'], destinations: ['web'], enabled: false }] })
      .build();
    expect(verdictOf(s, { from: 'alice', to: '10.1.0.5' })).toBe('denied: no-policy');
  });
});

describe('tracePacket: no route vs no policy', () => {
  it('says no-policy when a Network resource covers the destination but is not sent to the source', () => {
    const t = traceOf(office().peer('bob', { groups: ['sales'] }).build(), { from: 'bob', to: '10.10.1.1' });
    expect(t).toMatchObject({ verdict: 'denied', reason: 'no-policy', path: { kind: 'none', id: null, network_id: null }, routing_peer: null });
    expect(t.stages[1]?.message).toContain('office-lan');
  });

  it('says no-route when nothing covers the destination', () => {
    expect(traceOf(office().build(), { from: 'alice', to: '192.168.77.1' })).toMatchObject({ verdict: 'denied', reason: 'no-route', path: { kind: 'none' } });
  });
});

describe('tracePacket: routing peers', () => {
  it('is routing-peer-unavailable when every routing peer is offline or disabled', () => {
    const s = snapshotBuilder()
      .peer('alice', { groups: ['engineers'] })
      .peer('gw-1', { groups: ['routers'], online: false })
      .network('office', { routers: [{ peerGroups: ['routers'] }], resources: [{ id: 'lan', address: '10.10.0.0/16', groups: ['office'] }] })
      .policy('p', { sources: ['engineers'], destinations: ['office'] })
      .build();
    expect(traceOf(s, { from: 'alice', to: '10.10.0.9' })).toMatchObject({ reason: 'routing-peer-unavailable', path: { kind: 'network-resource', id: 'lan' }, routing_peer: null });
    const disabled = snapshotBuilder()
      .peer('alice', { groups: ['engineers'] })
      .peer('gw-1', { groups: ['routers'] })
      .network('office', { routers: [{ peerGroups: ['routers'], enabled: false }], resources: [{ id: 'lan', address: '10.10.0.0/16', groups: ['office'] }] })
      .policy('p', { sources: ['engineers'], destinations: ['office'] })
      .build();
    expect(verdictOf(disabled, { from: 'alice', to: '10.10.0.9' })).toBe('denied: routing-peer-unavailable');
  });

  it('keeps the overlay source with masquerade off', () => {
    const s = snapshotBuilder()
      .peer('alice', { groups: ['engineers'], ip: '100.64.0.10' })
      .peer('gw', { groups: ['routers'], lanIp: '10.10.0.2' })
      .network('n', { routers: [{ peerGroups: ['routers'], masquerade: false }], resources: [{ id: 'lan', address: '10.10.0.0/16', groups: ['office'] }] })
      .policy('p', { sources: ['engineers'], destinations: ['office'] })
      .build();
    expect(traceOf(s, { from: 'alice', to: '10.10.0.9' })).toMatchObject({ masquerade: false, source_after_nat: '100.64.0.10' });
  });

  it('has a null NAT source when masquerading without a known LAN IP', () => {
    const s = snapshotBuilder()
      .peer('alice', { groups: ['engineers'] })
      .peer('gw', { groups: ['routers'] })
      .network('n', { routers: [{ peerGroups: ['routers'] }], resources: [{ id: 'lan', address: '10.10.0.0/16', groups: ['office'] }] })
      .policy('p', { sources: ['engineers'], destinations: ['office'] })
      .build();
    expect(traceOf(s, { from: 'alice', to: '10.10.0.9' })).toMatchObject({ verdict: 'allowed', masquerade: true, source_after_nat: null });
  });
});

describe('tracePacket: legacy network routes', () => {
  const legacy = (acl?: string[]) =>
    snapshotBuilder()
      .peer('alice', { groups: ['engineers'] })
      .peer('gw', { groups: ['routers'] })
      .route('dc', { id: 'route-dc', network: '172.20.0.0/16', peerGroups: ['routers'], groups: ['engineers'], ...(acl ? { acl } : {}) })
      .policy('eng-to-gw', { sources: ['engineers'], destinations: ['routers'], protocol: 'icmp' });

  it('permits everything without ACL groups (policy null)', () => {
    expect(traceOf(legacy().build(), { from: 'alice', to: '172.20.1.1:5432' })).toMatchObject({
      verdict: 'allowed',
      path: { kind: 'network-route', id: 'route-dc', network_id: 'dc' },
      chain: 'forward',
      policy: null,
      routing_peer: 'gw',
    });
  });

  it('with ACL groups, needs a policy towards them', () => {
    const s = legacy(['dc-servers']);
    expect(verdictOf(s.build(), { from: 'alice', to: '172.20.1.1:5432' })).toBe('denied: no-policy');
    const allowed = s.policy('eng-to-dc', { id: 'pol-dc', sources: ['engineers'], destinations: ['dc-servers'], protocol: 'tcp', ports: ['5432'] }).build();
    expect(traceOf(allowed, { from: 'alice', to: '172.20.1.1:5432' })).toMatchObject({ verdict: 'allowed', policy: 'pol-dc' });
  });

  it('needs a policy linking the client with the routing peer', () => {
    const s = snapshotBuilder()
      .peer('alice', { groups: ['engineers'] })
      .peer('gw', { groups: ['routers'] })
      .route('dc', { network: '172.20.0.0/16', peerGroups: ['routers'], groups: ['engineers'] })
      .build();
    const t = traceOf(s, { from: 'alice', to: '172.20.1.1' });
    expect(t).toMatchObject({ verdict: 'denied', reason: 'no-peer-connection', routing_peer: null, path: { kind: 'network-route' } });
    expect(stageNames(t)).toEqual(['Received', 'Routing', 'Peer connection ✗', 'Completed ✗']);
  });

  it('is not received outside its distribution groups', () => {
    const s = legacy().peer('bob', { groups: ['sales'] }).build();
    expect(verdictOf(s, { from: 'bob', to: '172.20.1.1' })).toBe('denied: no-route');
  });
});

describe('tracePacket: peer to peer', () => {
  const p2p = (online: boolean) =>
    snapshotBuilder()
      .peer('alice', { groups: ['engineers'] })
      .peer('db', { groups: ['servers'], online })
      .policy('eng-to-servers', { sources: ['engineers'], destinations: ['servers'], protocol: 'tcp', ports: ['5432'], bidirectional: true });

  it('lets the destination peer input chain decide', () => {
    expect(traceOf(p2p(true).build(), { from: 'alice', to: 'db:5432' })).toMatchObject({
      verdict: 'allowed',
      path: { kind: 'peer', id: 'db', network_id: null },
      chain: 'input',
      policy: 'eng-to-servers',
      routing_peer: null,
      masquerade: null,
    });
    expect(verdictOf(p2p(true).build(), { from: 'alice', to: 'db:22' })).toBe('denied: no-policy');
  });

  it('counts bidirectional rules in reverse between peers', () => {
    expect(verdictOf(p2p(true).build(), { from: 'db', to: 'alice:5432' })).toBe('allowed');
  });

  it('is peer-offline when the destination peer is offline', () => {
    expect(traceOf(p2p(false).build(), { from: 'alice', to: 'db:5432' })).toMatchObject({ verdict: 'denied', reason: 'peer-offline', path: { kind: 'peer', id: 'db' } });
  });

  it('never applies a bidirectional resource policy in reverse', () => {
    const s = snapshotBuilder()
      .peer('alice', { groups: ['engineers'] })
      .peer('gw', { groups: ['routers'], lanIp: '10.1.0.1' })
      .network('n', { routers: [{ peerGroups: ['routers'] }], resources: [{ id: 'lan', address: '10.1.0.0/24', groups: ['lan'] }] })
      .policy('both-ways', { sources: ['engineers'], destinations: ['lan'], bidirectional: true })
      .build();
    expect(verdictOf(s, { from: 'alice', to: '10.1.0.9' })).toBe('allowed');
    expect(verdictOf(s, { from: 'gw', to: 'alice' })).toBe('denied: no-policy');
  });
});

describe('tracePacket: input', () => {
  it('finds the source by id, name or overlay IP and refuses unknown ones', () => {
    const index = buildAccountIndex(office().build());
    const ip = index.peerByName.get('alice')?.ip ?? '';
    for (const from of ['alice', ip]) expect(tracePacket(index, { from, to: '10.10.0.9' }).ok).toBe(true);
    expect(tracePacket(index, { from: 'nobody', to: '10.10.0.9' })).toMatchObject({ ok: false });
    expect(tracePacket(index, { from: 'alice', to: 'not a destination' })).toMatchObject({ ok: false });
    expect(tracePacket(index, { from: 'alice', to: '10.10.0.9', port: 70000 })).toMatchObject({ ok: false });
  });

  it('traces to a resource id through its first host, with the port option overriding DEST:PORT', () => {
    const t = traceOf(office().build(), { from: 'alice', to: 'office-lan:80', port: 443 });
    expect(t.stages[0]?.message).toContain('tcp/443');
    expect(t.path.id).toBe('office-lan');
  });
});
