import { describe, expect, it } from 'vitest';
import { buildAccountIndex } from '@/domain/account';
import { snapshotBuilder } from '@/domain/testing/snapshot-builder';
import { dnsForwarderPort, peersOnLegacyDnsPort } from './dns-forwarder-port';

const withVersions = (...versions: string[]) => {
  const b = snapshotBuilder();
  versions.forEach((version, i) => b.peer(`p${i}`, { version }));
  return buildAccountIndex(b.build());
};

describe('dnsForwarderPort', () => {
  it('is 22054 only when every peer runs 0.59.0 or newer', () => {
    expect(dnsForwarderPort(withVersions('0.59.0', '0.60.2'))).toBe(22054);
    expect(dnsForwarderPort(withVersions('0.59.0', '0.58.9'))).toBe(5353);
  });

  it('counts development builds as new and empty or unparsable versions as old', () => {
    expect(dnsForwarderPort(withVersions('development', '0.61.0-dev'))).toBe(22054);
    expect(dnsForwarderPort(withVersions('0.60.0', ''))).toBe(5353);
    expect(dnsForwarderPort(withVersions('0.60.0', 'unknown'))).toBe(5353);
  });

  it('names the peers holding the account on 5353', () => {
    expect(peersOnLegacyDnsPort(withVersions('0.60.0', '0.58.1', '')).map((p) => p.id)).toEqual(['p1', 'p2']);
  });
});
