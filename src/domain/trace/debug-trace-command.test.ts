import { describe, expect, it } from 'vitest';
import { buildAccountIndex } from '@/domain/account';
import { snapshotBuilder } from '@/domain/testing/snapshot-builder';
import { debugTraceCommand } from './debug-trace-command';
import { tracePacket, type TraceQuery } from './trace-packet';

const snapshot = () =>
  snapshotBuilder()
    .peer('alice', { groups: ['engineers'], ip: '100.64.0.10' })
    .peer('bob', { groups: ['engineers'], ip: '100.64.0.11' })
    .peer('gw', { groups: ['routers'], lanIp: '10.10.0.2' })
    .network('office', { routers: [{ peerGroups: ['routers'] }], resources: [{ id: 'lan', address: '10.10.0.0/16', groups: ['office'] }, { id: 'app', address: 'app.corp.example', groups: ['office'] }] })
    .policy('office', { sources: ['engineers'], destinations: ['office'] })
    .policy('mesh', { sources: ['engineers'], destinations: ['engineers'] })
    .dns('app.corp.example', ['10.10.3.4'])
    .build();

function commandOf(query: TraceQuery) {
  const index = buildAccountIndex(snapshot());
  const r = tracePacket(index, query);
  if (!r.ok) throw new Error(r.error);
  return debugTraceCommand(index, query, r.value);
}

describe('debugTraceCommand', () => {
  it('runs inbound on the routing peer, from the client overlay IP to the destination', () => {
    expect(commandOf({ from: 'alice', to: '10.10.4.5:443' })).toEqual({
      peer_id: 'gw',
      host: 'routing-peer',
      direction: 'in',
      command: 'netbird debug trace in 100.64.0.10 10.10.4.5 -p tcp --dport 443 --syn',
      notes: [],
    });
    expect(commandOf({ from: 'alice', to: '10.10.4.5', protocol: 'udp', port: 53 })?.command).toBe('netbird debug trace in 100.64.0.10 10.10.4.5 -p udp --dport 53');
    expect(commandOf({ from: 'alice', to: '10.10.4.5', protocol: 'icmp' })?.command).toBe('netbird debug trace in 100.64.0.10 10.10.4.5 -p icmp --icmp-type 8 --icmp-code 0');
  });

  it('uses the resolved address of a domain', () => {
    expect(commandOf({ from: 'alice', to: 'app.corp.example:443' })?.command).toBe('netbird debug trace in 100.64.0.10 10.10.3.4 -p tcp --dport 443 --syn');
    const unresolved = commandOf({ from: 'alice', to: 'nowhere.example:443' });
    expect(unresolved?.command).toBe('netbird debug trace out 100.64.0.10 <IP-of-nowhere.example> -p tcp --dport 443 --syn');
    expect(unresolved?.notes[0]).toMatch(/nowhere\.example did not resolve/);
  });

  it('runs on the destination peer for peer to peer, and on the client when no routing peer was reached', () => {
    expect(commandOf({ from: 'alice', to: 'bob:22' })).toMatchObject({ peer_id: 'bob', host: 'destination-peer', direction: 'in', command: 'netbird debug trace in 100.64.0.10 100.64.0.11 -p tcp --dport 22 --syn' });
    expect(commandOf({ from: 'alice', to: '192.0.2.1:80' })).toMatchObject({ peer_id: 'alice', host: 'client', direction: 'out' });
  });

  it('says what to fill in when the CLI cannot express the trace exactly', () => {
    const all = commandOf({ from: 'alice', to: '10.10.4.5' });
    expect(all?.command).toBe('netbird debug trace in 100.64.0.10 10.10.4.5 -p tcp --syn');
    expect(all?.notes.join(' ')).toMatch(/one protocol .* at a time.*add --dport PORT/);
  });
});
