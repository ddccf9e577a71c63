import { describe, expect, it } from 'vitest';
import { buildAccountIndex, peersOfGroup, type AccountIndex } from '@/domain/account';
import { classifyResourceAddress } from '@/domain/net';
import { snapshotBuilder } from '@/domain/testing/snapshot-builder';
import { tracePacket, type TraceQuery } from '@/domain/trace/trace-packet';
import type { AccessEntry } from './access-entry';
import { computeAccess } from './compute-access';

const account = () =>
  snapshotBuilder()
    .peer('alice', { groups: ['engineers'] })
    .peer('bob', { groups: ['sales'] })
    .peer('db-1', { groups: ['servers'] })
    .peer('gw', { groups: ['routers'], lanIp: '10.10.0.2' })
    .peer('exit', { groups: ['exit-nodes'] })
    .network('office', {
      routers: [{ id: 'rt', peerGroups: ['routers'] }],
      resources: [
        { id: 'lan', address: '10.10.0.0/16', groups: ['office'] },
        { id: 'app', address: 'app.corp.example', groups: ['apps'] },
        { id: 'off', address: '10.99.0.0/16', groups: ['office'], enabled: false },
      ],
    })
    .route('dc', { id: 'route-dc', network: '172.20.0.0/16', peerGroups: ['routers'], groups: ['engineers', 'sales'] })
    .route('secure', { id: 'route-secure', network: '172.30.0.0/16', peerGroups: ['routers'], groups: ['engineers', 'sales'], acl: ['secure'] })
    .exitNode('exit', { id: 'route-exit', peerGroups: ['exit-nodes'], groups: ['sales'] })
    .policy('eng-office', { id: 'pol-office', sources: ['engineers'], destinations: ['office'] })
    .policy('eng-app', { id: 'pol-app', sources: ['engineers'], destinations: ['apps'], protocol: 'tcp', ports: ['443', '8000-8100'] })
    .policy('eng-gw', { id: 'pol-gw', sources: ['engineers'], destinations: ['routers'], protocol: 'tcp', ports: ['22'] })
    .policy('eng-secure', { id: 'pol-secure', sources: ['engineers'], destinations: ['secure'], protocol: 'udp', portRanges: [{ start: 500, end: 600 }] })
    .policy('sales-exit', { id: 'pol-exit', sources: ['sales'], destinations: ['exit-nodes'], protocol: 'icmp' })
    .policy('servers-both', { id: 'pol-both', sources: ['engineers'], destinations: ['servers'], protocol: 'tcp', ports: ['5432'], bidirectional: true })
    .policy('no-ssh-db', { id: 'pol-drop', sources: ['engineers'], destinations: ['servers'], protocol: 'tcp', ports: ['5432'], action: 'drop', enabled: false })
    .dns('app.corp.example', ['10.10.3.4'])
    .build();

const entriesOf = (index: AccountIndex, from?: string): AccessEntry[] => {
  const r = computeAccess(index, { from });
  if (!r.ok) throw new Error(r.error);
  return r.value;
};

const line = (e: AccessEntry) => `${e.source.type}:${e.source.id} -> ${e.destination.type}:${e.destination.id} ${e.protocol}[${e.ports.join(',')}] ${e.chain} ${e.policy ?? 'null'}`;

describe('computeAccess', () => {
  const index = buildAccountIndex(account());

  it('lists group access with the deciding policy, chain and ports', () => {
    expect(entriesOf(index).map(line)).toEqual([
      'group:engineers -> resource:lan all[] forward pol-office',
      'group:engineers -> resource:app tcp[443,8000-8100] forward pol-app',
      'group:engineers -> peer:gw tcp[22] input pol-gw',
      'group:sales -> peer:exit icmp[] input pol-exit',
      'group:engineers -> peer:db-1 tcp[5432] input pol-both',
      'group:servers -> peer:alice tcp[5432] input pol-both',
      'group:engineers -> route:route-dc all[] forward null',
      'group:engineers -> route:route-secure udp[500-600] forward pol-secure',
      'group:sales -> route:route-exit all[] forward null',
    ]);
  });

  it('gives the default allow of a route without ACL groups only to groups connected to its routing peer', () => {
    // sales receives route-dc but no policy links sales with the routing peer: no connection, no access
    expect(entriesOf(index).some((e) => e.source.id === 'sales' && e.destination.id === 'route-dc')).toBe(false);
  });

  it('narrows to one group or one peer', () => {
    expect(entriesOf(index, 'sales').map(line)).toEqual(['group:sales -> peer:exit icmp[] input pol-exit', 'group:sales -> route:route-exit all[] forward null']);
    expect(entriesOf(index, 'alice').map(line)).toEqual([
      'peer:alice -> resource:lan all[] forward pol-office',
      'peer:alice -> resource:app tcp[443,8000-8100] forward pol-app',
      'peer:alice -> peer:gw tcp[22] input pol-gw',
      'peer:alice -> peer:db-1 tcp[5432] input pol-both',
      'peer:alice -> route:route-dc all[] forward null',
      'peer:alice -> route:route-secure udp[500-600] forward pol-secure',
    ]);
    expect(entriesOf(index, 'db-1').map(line)).toEqual(['peer:db-1 -> peer:alice tcp[5432] input pol-both']);
    expect(computeAccess(index, { from: 'nobody' }).ok).toBe(false);
  });

  it('leaves out grants a drop rule voids entirely', () => {
    const s = account();
    const drop = s.policies.find((p) => p.id === 'pol-drop') as { enabled: boolean } | undefined;
    if (drop) drop.enabled = true;
    const lines = entriesOf(buildAccountIndex(s)).map(line);
    expect(lines).not.toContain('group:engineers -> peer:db-1 tcp[5432] input pol-both');
    expect(entriesOf(buildAccountIndex(s), 'alice').map(line)).not.toContain('peer:alice -> peer:db-1 tcp[5432] input pol-both');
  });

  it('agrees with tracePacket: a member of each source reaches each destination', () => {
    const queryFor = (e: AccessEntry, from: string): TraceQuery => {
      const port = e.ports[0] === undefined ? null : Number(e.ports[0].split('-')[0]);
      const protocol = e.protocol === 'netbird-ssh' ? 'tcp' : e.protocol;
      const base = { from, protocol, port };
      switch (e.destination.type) {
        case 'peer':
          return { ...base, to: e.destination.id };
        case 'resource':
          return { ...base, to: e.destination.id };
        case 'route': {
          const route = index.routes.get(e.destination.id);
          const cidr = classifyResourceAddress(route?.network ?? '');
          const to = cidr.ok && cidr.value.cidr?.prefix === 0 ? '1.1.1.1' : (route?.network ?? '').replace(/0\/\d+$/, '9');
          return { ...base, to, selectedExitNode: route?.network_id };
        }
      }
    };
    const entries = entriesOf(index);
    expect(entries.length).toBeGreaterThan(5);
    for (const e of entries) {
      const members = e.source.type === 'peer' ? [e.source.id] : [...peersOfGroup(index, e.source.id)];
      for (const member of members) {
        if (member === e.destination.id) continue;
        const t = tracePacket(index, queryFor(e, member));
        expect(t.ok && `${line(e)} from ${member}: ${t.value.verdict} ${t.value.reason}`).toBe(`${line(e)} from ${member}: allowed allowed`);
      }
    }
  });
});
