import { describe, expect, it } from 'vitest';
import { DNS_FORWARDER_PORT, dnsForwarderPort, LEGACY_DNS_FORWARDER_PORT } from './forwarder-port';

const peer = (id: string, version: string) => ({ id, name: `name-${id}`, version });

describe('dnsForwarderPort', () => {
  it('uses 22054 when every peer runs 0.59.0 or newer (development builds count as new)', () => {
    const d = dnsForwarderPort([peer('a', '0.59.0'), peer('b', '0.60.2'), peer('c', 'development'), peer('d', '1.0.0')]);
    expect(d).toEqual({ port: DNS_FORWARDER_PORT, holdingPeers: [], noPeers: false });
  });

  it('stays on 5353 while one peer is older, naming it', () => {
    const d = dnsForwarderPort([peer('a', '0.59.1'), peer('b', '0.58.9'), peer('c', '0.59.0-rc1')]);
    expect(d.port).toBe(LEGACY_DNS_FORWARDER_PORT);
    expect(d.holdingPeers).toEqual([
      { id: 'b', name: 'name-b', version: '0.58.9', reason: 'older' },
      { id: 'c', name: 'name-c', version: '0.59.0-rc1', reason: 'older' },
    ]);
  });

  it('treats an unknown version as holding the account back', () => {
    const d = dnsForwarderPort([peer('a', '0.60.0'), peer('b', ''), peer('c', 'unknown')]);
    expect(d.port).toBe(LEGACY_DNS_FORWARDER_PORT);
    expect(d.holdingPeers.map((p) => [p.id, p.reason])).toEqual([
      ['b', 'unknown version'],
      ['c', 'unknown version'],
    ]);
  });

  it('keeps an account without peers on 5353, as NetBird does', () => {
    expect(dnsForwarderPort([])).toEqual({ port: LEGACY_DNS_FORWARDER_PORT, holdingPeers: [], noPeers: true });
  });
});
