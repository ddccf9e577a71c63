import { describe, expect, it } from 'vitest';
import { classifyResourceAddress, type ResourceAddress } from './resource-address';

function classify(input: string): ResourceAddress {
  const r = classifyResourceAddress(input);
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

function refusal(input: string): string {
  const r = classifyResourceAddress(input);
  if (r.ok) throw new Error(`expected ${input} to be refused`);
  return r.error;
}

describe('classifyResourceAddress', () => {
  it('classifies a bare IP as a host with a /32 or /128', () => {
    const v4 = classify('10.0.0.5');
    expect(v4).toMatchObject({ type: 'host', address: '10.0.0.5/32', wildcard: false, domain: null });
    expect(v4.cidr).toEqual({ version: 4, prefix: 32, network: 0x0a000005n, text: '10.0.0.5/32' });
    expect(classify(' FD00::1 ')).toMatchObject({ type: 'host', address: 'fd00::1/128' });
  });

  it('classifies a full-length CIDR as a host', () => {
    expect(classify('10.0.0.5/32')).toMatchObject({ type: 'host', address: '10.0.0.5/32' });
    expect(classify('fd00::0001/128')).toMatchObject({ type: 'host', address: 'fd00::1/128' });
  });

  it('classifies other CIDRs as masked subnets', () => {
    expect(classify('10.10.0.0/16')).toMatchObject({ type: 'subnet', address: '10.10.0.0/16', domain: null });
    expect(classify('10.10.1.5/16')).toMatchObject({ type: 'subnet', address: '10.10.0.0/16' });
    expect(classify('2001:db8::1/64')).toMatchObject({ type: 'subnet', address: '2001:db8::/64' });
    expect(classify('0.0.0.0/0')).toMatchObject({ type: 'subnet', address: '0.0.0.0/0' });
    expect(classify('10.0.0.4/31').cidr?.prefix).toBe(31);
  });

  it('classifies domains, including wildcards and IDNA', () => {
    const d = classify('App.Corp.Example');
    expect(d).toMatchObject({ type: 'domain', address: 'app.corp.example', wildcard: false, cidr: null });
    expect(d.domain).toEqual({ ascii: 'app.corp.example', unicode: 'app.corp.example', wildcard: false });
    expect(classify('*.corp.example')).toMatchObject({ type: 'domain', address: '*.corp.example', wildcard: true });
    expect(classify('intranet.bücher.example')).toMatchObject({ type: 'domain', address: 'intranet.xn--bcher-kva.example' });
  });

  it('refuses anything else with a message naming the input', () => {
    expect(refusal('foo bar')).toBe('"foo bar" is not an IP address, CIDR or domain name');
    expect(refusal('http://example.com')).toBe('"http://example.com" is not an IP address, CIDR or domain name');
    expect(refusal('example.com/24')).toBe('"example.com/24" is not an IP address, CIDR or domain name');
    expect(refusal('')).toBe('address is empty');
  });

  it('keeps the specific reason when the intent is clear', () => {
    expect(refusal('10.0.0.0/33')).toBe('"10.0.0.0/33" is not a valid CIDR: prefix length must be 0-32 for IPv4');
    expect(refusal('10.0.0.256')).toBe('"10.0.0.256" is not a valid IP address: octet "256" is greater than 255');
    expect(refusal('010.0.0.1')).toContain('leading zero');
    expect(refusal('fe80::1%eth0')).toContain('zone indexes');
    expect(refusal('1.2.3.4:443')).toBe('"1.2.3.4:443" is not a valid IP address: ports are not allowed here');
    expect(refusal('[fd00::1]')).toContain('brackets are not allowed');
    expect(refusal('fd00::/129')).toBe('"fd00::/129" is not a valid CIDR: prefix length must be 0-128 for IPv6');
    expect(refusal('intranet')).toBe('"intranet" is not an IP address, CIDR or domain name: it needs at least two labels (a top-level domain alone is not allowed)');
    expect(refusal('a.*.example')).toContain('"*" is allowed only as the whole first label');
  });
});
