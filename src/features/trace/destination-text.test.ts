import { describe, expect, it } from 'vitest';
import { buildAccountIndex } from '@/domain/account';
import { snapshotBuilder } from '@/domain/testing/snapshot-builder';
import { readDestination } from '@/domain/trace';
import { destinationText } from './destination-text';

const index = buildAccountIndex(
  snapshotBuilder()
    .peer('bob', { id: 'peer-bob', ip: '100.64.0.11' })
    .network('net-office', { name: 'Office', resources: [{ id: 'res-lan', name: 'Office LAN', address: '10.10.0.0/16' }] })
    .build(),
);

const text = (input: string) => {
  const r = readDestination(index, input);
  if (!r.ok) throw new Error(r.error);
  return destinationText(index, r.value);
};

describe('destinationText', () => {
  it('says how the destination field was read', () => {
    expect(text('bob:22')).toBe('Peer bob (100.64.0.11) · port 22');
    expect(text('res-lan')).toBe('Network resource Office LAN (10.10.0.0/16) of Office, traced at 10.10.0.1');
    expect(text('100.64.0.11')).toBe('IP address 100.64.0.11, the overlay IP of peer bob');
    expect(text('10.10.4.5:443')).toBe('IP address 10.10.4.5 · port 443');
    expect(text('app.corp.example:443')).toBe('Domain name app.corp.example · port 443');
  });
});
