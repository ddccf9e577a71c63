import { describe, expect, it } from 'vitest';
import { buildAccountIndex } from '@/domain/account';
import { snapshotBuilder } from '@/domain/testing/snapshot-builder';
import { parseDestination, type ParsedDestination } from './parse-destination';

const index = buildAccountIndex(
  snapshotBuilder()
    .peer('db', { ip: '100.64.0.20' })
    .network('n', {
      resources: [
        { id: 'lan', address: '10.10.0.0/16' },
        { id: 'host', address: '10.10.3.4' },
        { id: 'app', address: 'App.Corp.Example' },
        { id: 'wild', address: '*.corp.example' },
      ],
    })
    .build(),
);

const show = (to: string): string => {
  const r = parseDestination(index, to);
  if (!r.ok) return `error: ${r.error}`;
  const d: ParsedDestination = r.value;
  const target = d.target.kind === 'ip' ? d.target.ip.text : d.target.name;
  return d.port === null ? target : `${target} port ${d.port}`;
};

describe('parseDestination', () => {
  it('reads IPs, domains and ports, IPv6 in brackets', () => {
    expect(show('10.1.2.3')).toBe('10.1.2.3');
    expect(show('10.1.2.3:443')).toBe('10.1.2.3 port 443');
    expect(show('2001:db8::1')).toBe('2001:db8::1');
    expect(show('[2001:db8::1]:53')).toBe('2001:db8::1 port 53');
    expect(show('Grafana.Corp.Example:3000')).toBe('grafana.corp.example port 3000');
  });

  it('reads peers by id or name and resources by id', () => {
    expect(show('db:5432')).toBe('100.64.0.20 port 5432');
    expect(show('lan')).toBe('10.10.0.1');
    expect(show('host:22')).toBe('10.10.3.4 port 22');
    expect(show('app')).toBe('app.corp.example');
  });

  it('refuses what names nothing, bad ports and wildcard resources', () => {
    expect(show('')).toMatch(/^error: destination is empty/);
    expect(show('not a host')).toMatch(/^error: destination "not a host" is not a peer/);
    expect(show('10.1.2.3:0')).toMatch(/^error: .*out of range/);
    expect(show('10.1.2.3:http')).toMatch(/^error: .*not a number/);
    expect(show('wild')).toMatch(/^error: .*wildcard \*\.corp\.example/);
  });
});
