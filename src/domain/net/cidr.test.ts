import { describe, expect, it } from 'vitest';
import {
  cidrContainsCidr,
  cidrContainsIp,
  cidrSize,
  cidrsOverlap,
  hostCidr,
  isDefaultRoute,
  parseCidr,
  type Cidr,
} from './cidr';
import { parseIp, type IpAddress } from './ip';

function cidr(text: string): Cidr {
  const r = parseCidr(text);
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

function ip(text: string): IpAddress {
  const r = parseIp(text);
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

function refusal(text: string, strict = false): string {
  const r = parseCidr(text, { strict });
  if (r.ok) throw new Error(`expected ${text} to be refused`);
  return r.error;
}

describe('parseCidr', () => {
  it('parses IPv4 and IPv6 prefixes', () => {
    expect(cidr('10.10.0.0/16')).toEqual({ version: 4, prefix: 16, network: 0x0a0a0000n, text: '10.10.0.0/16' });
    expect(cidr(' 2001:DB8::/32 ')).toEqual({ version: 6, prefix: 32, network: 0x20010db8n << 96n, text: '2001:db8::/32' });
  });

  it('masks host bits by default', () => {
    expect(cidr('10.10.1.5/16').text).toBe('10.10.0.0/16');
    expect(cidr('10.10.1.5/16').network).toBe(0x0a0a0000n);
    expect(cidr('192.168.1.255/31').text).toBe('192.168.1.254/31');
    expect(cidr('2001:db8::1/64').text).toBe('2001:db8::/64');
    expect(cidr('1.2.3.4/0').text).toBe('0.0.0.0/0');
    expect(cidr('::ffff:10.1.2.3/104').text).toBe('::ffff:10.0.0.0/104');
  });

  it('refuses host bits in strict mode and names the masked network', () => {
    expect(refusal('10.10.1.5/16', true)).toBe('"10.10.1.5/16" is not a valid CIDR: host bits are set; the network is 10.10.0.0/16');
    expect(refusal('2001:db8::1/64', true)).toBe('"2001:db8::1/64" is not a valid CIDR: host bits are set; the network is 2001:db8::/64');
    const exact = parseCidr('10.10.0.0/16', { strict: true });
    expect(exact.ok && exact.value.text).toBe('10.10.0.0/16');
  });

  it('accepts the prefix bounds 0..32 and 0..128', () => {
    expect(cidr('0.0.0.0/0').prefix).toBe(0);
    expect(cidr('10.0.0.1/32').text).toBe('10.0.0.1/32');
    expect(cidr('::/0').text).toBe('::/0');
    expect(cidr('fd00::1/128').text).toBe('fd00::1/128');
  });

  it('refuses prefixes out of range with the family named', () => {
    expect(refusal('10.0.0.0/33')).toBe('"10.0.0.0/33" is not a valid CIDR: prefix length must be 0-32 for IPv4');
    expect(refusal('fd00::/129')).toBe('"fd00::/129" is not a valid CIDR: prefix length must be 0-128 for IPv6');
  });

  it('refuses malformed prefixes', () => {
    expect(refusal('10.0.0.0/')).toBe('"10.0.0.0/" is not a valid CIDR: prefix length is missing after "/"');
    expect(refusal('10.0.0.0/x')).toBe('"10.0.0.0/x" is not a valid CIDR: prefix length "x" is not a number');
    expect(refusal('10.0.0.0/-1')).toContain('prefix length "-1" is not a number');
    expect(refusal('10.0.0.0/08')).toBe('"10.0.0.0/08" is not a valid CIDR: prefix length "08" has a leading zero');
    expect(refusal('10.0.0.0/8/8')).toContain('prefix length "8/8" is not a number');
    expect(refusal('10.0.0.0/1000')).toBe('"10.0.0.0/1000" is not a valid CIDR: prefix length must be 0-32 for IPv4');
  });

  it('refuses bad addresses with the address problem', () => {
    expect(refusal('')).toBe('CIDR is empty');
    expect(refusal('/8')).toBe('"/8" is not a valid CIDR: the address before "/" is missing');
    expect(refusal('10.0.0.256/24')).toBe('"10.0.0.256/24" is not a valid CIDR: octet "256" is greater than 255');
    expect(refusal('010.0.0.0/8')).toContain('leading zero');
    expect(refusal('fe80::%eth0/64')).toContain('zone indexes');
    expect(refusal('example.com/24')).toContain('is not a valid CIDR');
  });

  it('refuses a bare address, pointing at the missing prefix', () => {
    expect(refusal('10.0.0.1')).toBe('"10.0.0.1" is not a valid CIDR: the "/prefix" part is missing, e.g. /32 for a single host');
    expect(refusal('nonsense')).toBe('"nonsense" is not a valid CIDR: expected address/prefix, e.g. 10.0.0.0/24');
  });
});

describe('cidrContainsIp', () => {
  it('checks membership at the edges of the prefix', () => {
    const net = cidr('10.10.0.0/16');
    expect(cidrContainsIp(net, ip('10.10.0.0'))).toBe(true);
    expect(cidrContainsIp(net, ip('10.10.255.255'))).toBe(true);
    expect(cidrContainsIp(net, ip('10.11.0.0'))).toBe(false);
    expect(cidrContainsIp(net, ip('10.9.255.255'))).toBe(false);
  });

  it('treats /32 and /128 as exactly one address', () => {
    expect(cidrContainsIp(cidr('10.0.0.5/32'), ip('10.0.0.5'))).toBe(true);
    expect(cidrContainsIp(cidr('10.0.0.5/32'), ip('10.0.0.6'))).toBe(false);
    expect(cidrContainsIp(cidr('fd00::1/128'), ip('fd00::1'))).toBe(true);
    expect(cidrContainsIp(cidr('fd00::1/128'), ip('fd00::2'))).toBe(false);
  });

  it('treats /0 as the whole family and never crosses families', () => {
    expect(cidrContainsIp(cidr('0.0.0.0/0'), ip('203.0.113.9'))).toBe(true);
    expect(cidrContainsIp(cidr('0.0.0.0/0'), ip('::1'))).toBe(false);
    expect(cidrContainsIp(cidr('::/0'), ip('2001:db8::1'))).toBe(true);
    expect(cidrContainsIp(cidr('::/0'), ip('10.0.0.1'))).toBe(false);
    expect(cidrContainsIp(cidr('10.0.0.0/8'), ip('::ffff:10.0.0.1'))).toBe(false);
  });

  it('handles IPv6 prefixes that are not on a 16-bit boundary', () => {
    const net = cidr('2001:db8:8000::/33');
    expect(cidrContainsIp(net, ip('2001:db8:ffff::1'))).toBe(true);
    expect(cidrContainsIp(net, ip('2001:db8:7fff::1'))).toBe(false);
  });
});

describe('cidrContainsCidr', () => {
  it('contains itself and narrower prefixes inside it', () => {
    expect(cidrContainsCidr(cidr('10.0.0.0/8'), cidr('10.0.0.0/8'))).toBe(true);
    expect(cidrContainsCidr(cidr('10.0.0.0/8'), cidr('10.20.0.0/16'))).toBe(true);
    expect(cidrContainsCidr(cidr('10.0.0.0/8'), cidr('10.255.255.255/32'))).toBe(true);
  });

  it('does not contain wider or disjoint prefixes', () => {
    expect(cidrContainsCidr(cidr('10.20.0.0/16'), cidr('10.0.0.0/8'))).toBe(false);
    expect(cidrContainsCidr(cidr('10.0.0.0/8'), cidr('11.0.0.0/16'))).toBe(false);
    expect(cidrContainsCidr(cidr('10.0.0.1/32'), cidr('10.0.0.2/32'))).toBe(false);
  });

  it('lets /0 contain everything of its family only', () => {
    expect(cidrContainsCidr(cidr('0.0.0.0/0'), cidr('192.168.0.0/24'))).toBe(true);
    expect(cidrContainsCidr(cidr('0.0.0.0/0'), cidr('0.0.0.0/0'))).toBe(true);
    expect(cidrContainsCidr(cidr('::/0'), cidr('fd00::/8'))).toBe(true);
    expect(cidrContainsCidr(cidr('::/0'), cidr('10.0.0.0/8'))).toBe(false);
    expect(cidrContainsCidr(cidr('0.0.0.0/0'), cidr('::/0'))).toBe(false);
  });
});

describe('cidrsOverlap', () => {
  it('overlaps when one contains the other, in either order', () => {
    expect(cidrsOverlap(cidr('10.0.0.0/8'), cidr('10.1.0.0/16'))).toBe(true);
    expect(cidrsOverlap(cidr('10.1.0.0/16'), cidr('10.0.0.0/8'))).toBe(true);
    expect(cidrsOverlap(cidr('10.1.2.3/32'), cidr('10.1.2.3/32'))).toBe(true);
  });

  it('does not overlap adjacent or disjoint prefixes', () => {
    expect(cidrsOverlap(cidr('10.0.0.0/25'), cidr('10.0.0.128/25'))).toBe(false);
    expect(cidrsOverlap(cidr('10.0.0.1/32'), cidr('10.0.0.2/32'))).toBe(false);
    expect(cidrsOverlap(cidr('fd00::/64'), cidr('fd00:0:0:1::/64'))).toBe(false);
  });

  it('overlaps anything of its family with /0, nothing across families', () => {
    expect(cidrsOverlap(cidr('0.0.0.0/0'), cidr('172.16.0.0/12'))).toBe(true);
    expect(cidrsOverlap(cidr('::/0'), cidr('fd00::1/128'))).toBe(true);
    expect(cidrsOverlap(cidr('0.0.0.0/0'), cidr('::/0'))).toBe(false);
    expect(cidrsOverlap(cidr('::ffff:0.0.0.0/96'), cidr('0.0.0.0/0'))).toBe(false);
  });
});

describe('hostCidr, isDefaultRoute, cidrSize', () => {
  it('hostCidr makes /32 and /128 prefixes', () => {
    expect(hostCidr(ip('10.0.0.5'))).toEqual({ version: 4, prefix: 32, network: 0x0a000005n, text: '10.0.0.5/32' });
    expect(hostCidr(ip('FD00::1'))).toEqual({ version: 6, prefix: 128, network: (0xfd00n << 112n) | 1n, text: 'fd00::1/128' });
    expect(hostCidr(ip('10.0.0.5'))).toEqual(cidr('10.0.0.5/32'));
  });

  it('isDefaultRoute recognizes only /0', () => {
    expect(isDefaultRoute(cidr('0.0.0.0/0'))).toBe(true);
    expect(isDefaultRoute(cidr('::/0'))).toBe(true);
    expect(isDefaultRoute(cidr('0.0.0.0/1'))).toBe(false);
    expect(isDefaultRoute(cidr('128.0.0.0/1'))).toBe(false);
  });

  it('cidrSize counts addresses', () => {
    expect(cidrSize(cidr('10.0.0.0/24'))).toBe(256n);
    expect(cidrSize(cidr('10.0.0.1/32'))).toBe(1n);
    expect(cidrSize(cidr('0.0.0.0/0'))).toBe(1n << 32n);
    expect(cidrSize(cidr('fd00::/64'))).toBe(1n << 64n);
    expect(cidrSize(cidr('::/0'))).toBe(1n << 128n);
    expect(cidrSize(cidr('::1/128'))).toBe(1n);
  });
});
