import { describe, expect, it } from 'vitest';
import { buildAccountIndex } from '@/domain/account';
import { parseIp } from '@/domain/net';
import { snapshotBuilder } from '@/domain/testing/snapshot-builder';
import { networkPrefixTable } from './resource-addresses';

const ip = (text: string) => {
  const p = parseIp(text);
  if (!p.ok) throw new Error(p.error);
  return p.value;
};

/** A network whose resources nest: /16 ⊃ /24 ⊃ /32, listed out of prefix order, plus `filler` unrelated hosts. */
function nested(filler: number) {
  const resources = [
    { id: 'host', address: '10.1.2.3/32' },
    { id: 'wide', address: '10.1.0.0/16' },
    { id: 'off', address: '10.1.2.0/24', enabled: false },
    { id: 'lan', address: '10.1.2.0/24' },
    { id: 'other', address: '10.9.0.0/16' },
    { id: 'v6', address: 'fd00:1::/64' },
    { id: 'name', address: 'app.corp.example' },
    ...Array.from({ length: filler }, (_, i) => ({ id: `f${i}`, address: `192.168.${Math.floor(i / 200)}.${(i % 200) + 1}/32` })),
  ];
  return buildAccountIndex(snapshotBuilder().peer('gw').network('n', { routers: [{ peer: 'gw' }], resources }).build());
}

describe('networkPrefixTable', () => {
  // a small network is scanned, a large one uses per-length maps: both must answer alike
  for (const filler of [0, 200]) {
    const label = filler === 0 ? 'scanned' : 'mapped';
    it(`finds the enabled resources holding an address, by prefix length in order of appearance (${label})`, () => {
      const table = networkPrefixTable(nested(filler), 'n');
      expect(table.containing(ip('10.1.2.3')).map((r) => r.id)).toEqual(['host', 'wide', 'lan']);
      expect(table.containing(ip('10.1.200.1')).map((r) => r.id)).toEqual(['wide']);
      expect(table.containing(ip('10.2.0.1'))).toEqual([]);
      expect(table.containing(ip('fd00:1::5')).map((r) => r.id)).toEqual(['v6']);
    });
  }
});
