import { describe, expect, it } from 'vitest';
import { buildAccountIndex } from '@/domain/account';
import { snapshotBuilder } from '@/domain/testing/snapshot-builder';
import { readDestination } from './destination-input';

const index = () =>
  buildAccountIndex(
    snapshotBuilder()
      .peer('alice', { id: 'peer-alice', ip: '100.64.0.10' })
      .network('office', { resources: [{ id: 'res-lan', name: 'Office LAN', address: '10.10.0.0/16' }] })
      .build(),
  );

const kindOf = (input: string) => {
  const r = readDestination(index(), input);
  if (!r.ok) return `error: ${r.error}`;
  const d = r.value.destination;
  const what = d.kind === 'peer' ? d.peer.id : d.kind === 'resource' ? `${d.resource.id} at ${d.target.kind === 'ip' ? d.target.ip.text : d.target.name}` : d.kind === 'ip' ? `${d.ip.text}${d.peer ? ` (${d.peer.id})` : ''}` : d.name;
  return `${d.kind} ${what} port ${r.value.port ?? '-'}`;
};

describe('readDestination', () => {
  it('says which kind of object the text names, with its port', () => {
    expect(kindOf('alice')).toBe('peer peer-alice port -');
    expect(kindOf('peer-alice:22')).toBe('peer peer-alice port 22');
    expect(kindOf('res-lan:443')).toBe('resource res-lan at 10.10.0.1 port 443');
    expect(kindOf('10.10.4.5:443')).toBe('ip 10.10.4.5 port 443');
    expect(kindOf('100.64.0.10')).toBe('ip 100.64.0.10 (peer-alice) port -');
    expect(kindOf('[2001:db8::1]:8443')).toBe('ip 2001:db8::1 port 8443');
    expect(kindOf('2001:db8::1')).toBe('ip 2001:db8::1 port -');
    expect(kindOf('App.Corp.Example:443')).toBe('domain app.corp.example port 443');
  });

  it('explains text that names nothing', () => {
    expect(kindOf('')).toBe('error: destination is empty');
    expect(kindOf('10.0.0.1:99999')).toMatch(/^error: .*out of range/);
    expect(kindOf('not a host')).toMatch(/^error: .*is not a peer, resource, IP address or domain name/);
  });
});
