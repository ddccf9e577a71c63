import { describe, expect, it } from 'vitest';
import { buildAccountIndex } from '@/domain/account';
import { snapshotBuilder } from '@/domain/testing/snapshot-builder';
import { domainLeak } from './domain-leak';
import { tracePacket, type TraceQuery } from './trace-packet';

/** The docs' leak: app.corp.example (Contractors only) resolves into 10.20.0.0/16 (Engineers). */
const snapshot = () =>
  snapshotBuilder()
    .peer('alice', { groups: ['engineers'] })
    .peer('erin', { groups: ['contractors'] })
    .peer('gw', { groups: ['routers'] })
    .network('apps', {
      routers: [{ peerGroups: ['routers'] }],
      resources: [
        { id: 'res-app', name: 'Corp app', address: 'app.corp.example', groups: ['corp-app'] },
        { id: 'res-subnet', name: 'Apps subnet', address: '10.20.0.0/16', groups: ['apps-subnet'] },
      ],
    })
    .policy('contractors-app', { id: 'pol-app', sources: ['contractors'], destinations: ['corp-app'], protocol: 'tcp', ports: ['443'] })
    .policy('engineers-subnet', { id: 'pol-subnet', sources: ['engineers'], destinations: ['apps-subnet'] })
    .dns('app.corp.example', ['10.20.3.4'])
    .dns('other.example', ['10.20.9.9'])
    .routingPeerDnsResolution(true)
    .build();

function leakOf(query: TraceQuery) {
  const index = buildAccountIndex(snapshot());
  const r = tracePacket(index, query);
  if (!r.ok) throw new Error(r.error);
  return domainLeak(index, query, r.value);
}

describe('domainLeak', () => {
  it('names the IP range and the policy that carry a domain the peer is not given', () => {
    expect(leakOf({ from: 'alice', to: 'app.corp.example:443' })).toMatchObject({
      name: 'app.corp.example',
      answers: ['10.20.3.4'],
      domain_resources: [{ id: 'res-app' }],
      carrier: { type: 'resource', id: 'res-subnet', network_id: 'apps' },
      policy: 'pol-subnet',
    });
  });

  it('is no leak when the domain route carries the name, or when no domain resource matches it', () => {
    expect(leakOf({ from: 'erin', to: 'app.corp.example:443' })).toBeNull();
    expect(leakOf({ from: 'alice', to: 'other.example:443' })).toBeNull();
    expect(leakOf({ from: 'alice', to: '10.20.3.4:443' })).toBeNull();
  });
});
