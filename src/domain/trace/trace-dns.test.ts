import { describe, expect, it } from 'vitest';
import { snapshotBuilder } from '@/domain/testing/snapshot-builder';
import { stageNames, traceOf, verdictOf } from '@/domain/testing/trace-helpers';

/**
 * The docs' pitfall: one network holds a domain resource and an IP range that the domain resolves
 * into. Contractors may reach the range only; engineers the domain only.
 */
const mixed = (opts: { oldPeer?: boolean; rpdr?: boolean } = {}) => {
  const b = snapshotBuilder()
    .peer('contractor', { groups: ['contractors'] })
    .peer('engineer', { groups: ['engineers'] })
    .peer('gw', { groups: ['routers'], version: '0.60.0', lanIp: '10.10.0.2' })
    .network('corp', {
      routers: [{ id: 'rt-corp', peerGroups: ['routers'] }],
      resources: [
        { id: 'app', name: 'App', address: 'app.corp.example', groups: ['app'] },
        { id: 'range', name: 'Range', address: '10.10.0.0/16', groups: ['range'] },
        { id: 'wiki', name: 'Wiki', address: '*.wiki.example', groups: ['app'] },
      ],
    })
    .policy('contractors-to-range', { id: 'pol-range', sources: ['contractors'], destinations: ['range'] })
    .policy('engineers-to-app', { id: 'pol-app', sources: ['engineers'], destinations: ['app'], protocol: 'tcp', ports: ['443'] })
    .dns('app.corp.example', ['10.10.3.4'])
    .dns('*.wiki.example', ['10.20.0.8'])
    .routingPeerDnsResolution(opts.rpdr ?? true);
  if (opts.oldPeer === true) b.peer('old-laptop', { groups: ['engineers'], version: '0.58.2' });
  return b.build();
};

describe('tracePacket: domains', () => {
  it('resolves through the routing peer forwarder for a peer that receives the domain route', () => {
    const t = traceOf(mixed(), { from: 'engineer', to: 'app.corp.example:443' });
    expect(t).toMatchObject({
      verdict: 'allowed',
      path: { kind: 'network-resource', id: 'app', network_id: 'corp' },
      routing_peer: 'gw',
      policy: 'pol-app',
      dns: { name: 'app.corp.example', answers: ['10.10.3.4'], resolver_peer: 'gw', port: 22054 },
    });
    expect(stageNames(t)).toEqual(['Received', 'Resolve', 'Routing', 'Peer connection', 'Route ACL', 'NAT', 'Forwarding', 'Completed']);
  });

  it('uses port 5353 while any peer of the account runs < 0.59.0', () => {
    const t = traceOf(mixed({ oldPeer: true }), { from: 'engineer', to: 'app.corp.example:443' });
    expect(t.dns).toEqual({ name: 'app.corp.example', answers: ['10.10.3.4'], resolver_peer: 'gw', port: 5353 });
  });

  it('leaks: a peer allowed to the IP range reaches the domain through the range policy (local resolution)', () => {
    const t = traceOf(mixed(), { from: 'contractor', to: 'app.corp.example:443' });
    expect(t).toMatchObject({
      verdict: 'allowed',
      path: { kind: 'network-resource', id: 'range' },
      policy: 'pol-range',
      dns: { name: 'app.corp.example', answers: ['10.10.3.4'], resolver_peer: null, port: null },
    });
    expect(t.stages.find((s) => s.stage === 'Resolve')?.message).toContain('App');
  });

  it('applies the policies of every resource covering the IP at the routing peer', () => {
    // the engineer reaches the domain on 443 only; port 80 is denied by the domain's own policy
    expect(verdictOf(mixed(), { from: 'engineer', to: 'app.corp.example:80' })).toBe('denied: no-policy');
  });

  it('matches wildcard domain resources and their lab DNS wildcard answers', () => {
    const t = traceOf(mixed(), { from: 'engineer', to: 'docs.wiki.example:443' });
    expect(t).toMatchObject({ verdict: 'allowed', path: { id: 'wiki' }, dns: { answers: ['10.20.0.8'], resolver_peer: 'gw' } });
  });

  it('resolves locally with Routing Peer DNS Resolution off, still through the domain route', () => {
    const t = traceOf(mixed({ rpdr: false }), { from: 'engineer', to: 'app.corp.example:443' });
    expect(t).toMatchObject({ verdict: 'allowed', path: { id: 'app' }, dns: { resolver_peer: null, port: null } });
  });

  it('is dns-unresolved when no answer exists', () => {
    expect(traceOf(mixed(), { from: 'engineer', to: 'nothing.corp.example' })).toMatchObject({
      verdict: 'denied',
      reason: 'dns-unresolved',
      dns: { name: 'nothing.corp.example', answers: [], resolver_peer: null, port: null },
    });
    const viaForwarder = mixed();
    delete (viaForwarder.lab?.dns as Record<string, string[]>)['app.corp.example'];
    expect(traceOf(viaForwarder, { from: 'engineer', to: 'app.corp.example:443' })).toMatchObject({ reason: 'dns-unresolved', dns: { resolver_peer: 'gw', port: 22054 } });
  });

  it('says no-policy for a domain resource the peer does not receive when the answer falls in no route', () => {
    const s = mixed();
    (s.lab?.dns as Record<string, string[]>)['app.corp.example'] = ['203.0.113.5'];
    expect(traceOf(s, { from: 'contractor', to: 'app.corp.example' })).toMatchObject({ reason: 'no-policy', path: { kind: 'none' } });
  });
});
