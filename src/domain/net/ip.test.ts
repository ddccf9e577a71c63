import ipaddr from 'ipaddr.js';
import { describe, expect, it } from 'vitest';
import { ipToString, isIp, parseIp } from './ip';

function parsed(input: string) {
  const r = parseIp(input);
  if (!r.ok) throw new Error(`expected ${input} to parse: ${r.error}`);
  return r.value;
}

function refusal(input: string): string {
  const r = parseIp(input);
  if (r.ok) throw new Error(`expected ${input} to be refused`);
  return r.error;
}

describe('parseIp IPv4', () => {
  it('parses a dotted quad to its numeric value', () => {
    expect(parsed('10.0.0.1')).toEqual({ version: 4, text: '10.0.0.1', value: 0x0a000001n });
    expect(parsed('0.0.0.0').value).toBe(0n);
    expect(parsed('255.255.255.255').value).toBe(0xffffffffn);
  });

  it('trims surrounding whitespace', () => {
    expect(parsed('  192.168.1.20\t').text).toBe('192.168.1.20');
  });

  it('refuses empty input', () => {
    expect(refusal('')).toBe('IP address is empty');
    expect(refusal('   ')).toBe('IP address is empty');
  });

  it('refuses leading zeros as ambiguous', () => {
    expect(refusal('010.1.1.1')).toBe('"010.1.1.1" is not a valid IP address: octet "010" has a leading zero, which is ambiguous (octal or decimal?)');
    expect(refusal('10.01.1.1')).toContain('octet "01" has a leading zero');
  });

  it('refuses octets over 255, short forms, hex and stray characters', () => {
    expect(refusal('1.2.3.256')).toBe('"1.2.3.256" is not a valid IP address: octet "256" is greater than 255');
    expect(refusal('1.2.3')).toContain('four decimal octets');
    expect(refusal('1.2.3.4.5')).toContain('four decimal octets');
    expect(refusal('1..3.4')).toContain('an octet is empty');
    expect(refusal('0x0a.0.0.1')).toContain('is not a valid IP address');
    expect(refusal('1.2.3.-4')).toContain('is not a valid IP address');
    expect(refusal('167772161')).toContain('four decimal octets');
  });

  it('refuses ports and CIDRs', () => {
    expect(refusal('1.2.3.4:80')).toBe('"1.2.3.4:80" is not a valid IP address: ports are not allowed here');
    expect(refusal('10.0.0.0/8')).toBe('"10.0.0.0/8" is not a valid IP address: it is a CIDR, expected a single address');
  });

  it('refuses words', () => {
    expect(refusal('http://10.0.0.1')).toBe('"http://10.0.0.1" is not a valid IP address: it is neither an IPv4 nor an IPv6 address');
    expect(refusal('localhost')).toBe('"localhost" is not a valid IP address: it is neither an IPv4 nor an IPv6 address');
  });
});

describe('parseIp IPv6', () => {
  it('canonicalizes to RFC 5952 (lower-case, no leading zeros, longest zero run compressed)', () => {
    expect(parsed('2001:0DB8:0000:0000:0000:0000:0000:0001').text).toBe('2001:db8::1');
    expect(parsed('2001:db8:0:0:1:0:0:1').text).toBe('2001:db8::1:0:0:1');
    expect(parsed('1:0:0:2:0:0:0:3').text).toBe('1:0:0:2::3');
    expect(parsed('2001:db8:0:1:1:1:1:1').text).toBe('2001:db8:0:1:1:1:1:1');
    expect(parsed('0:0:0:0:0:0:0:0').text).toBe('::');
    expect(parsed('::1').text).toBe('::1');
    expect(parsed('fe80::').text).toBe('fe80::');
  });

  it('computes the 128-bit value', () => {
    expect(parsed('::').value).toBe(0n);
    expect(parsed('::1').value).toBe(1n);
    expect(parsed('ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff').value).toBe((1n << 128n) - 1n);
    expect(parsed('2001:db8::1').value).toBe(0x20010db8000000000000000000000001n);
  });

  it('keeps IPv4-mapped addresses as IPv6, printed in mixed notation', () => {
    const ip = parsed('::FFFF:10.0.0.1');
    expect(ip.version).toBe(6);
    expect(ip.text).toBe('::ffff:10.0.0.1');
    expect(ip.value).toBe(0xffff0a000001n);
    expect(parsed('::ffff:a00:1').text).toBe('::ffff:10.0.0.1');
  });

  it('accepts "::" at either end standing for one or more groups', () => {
    expect(parsed('1:2:3:4:5:6:7::').text).toBe('1:2:3:4:5:6:7:0');
    expect(parsed('::2:3:4:5:6:7:8').text).toBe('0:2:3:4:5:6:7:8');
    expect(parsed('1::8').value).toBe((1n << 112n) | 8n);
    expect(refusal('1:2:3:4:5:6:7::8')).toContain('is not a valid IP address');
    expect(refusal('1:2:3:4:5:6:7:8:')).toContain('is not a valid IP address');
    expect(refusal(':1:2:3:4:5:6:7')).toContain('is not a valid IP address');
    expect(refusal('1:2:3:4:5:6:7:1.2.3.4')).toContain('is not a valid IP address');
  });

  it('accepts an embedded IPv4 tail in full form', () => {
    expect(parsed('1:2:3:4:5:6:1.2.3.4').text).toBe('1:2:3:4:5:6:102:304');
  });

  it('refuses zones, brackets and ports', () => {
    expect(refusal('fe80::1%eth0')).toBe('"fe80::1%eth0" is not a valid IP address: zone indexes (like "%eth0") are not allowed');
    expect(refusal('[::1]')).toBe('"[::1]" is not a valid IP address: brackets are not allowed around an IPv6 address');
    expect(refusal('[::1]:443')).toBe('"[::1]:443" is not a valid IP address: ports are not allowed here');
  });

  it('refuses malformed literals', () => {
    expect(refusal('1::2::3')).toContain('"::" may appear only once');
    expect(refusal('12345::')).toContain('group "12345" has more than four hex digits');
    expect(refusal('1:2:3:4:5:6:7:8:9')).toContain('not a well-formed IPv6 address');
    expect(refusal('1:2:3:4:5:6:7')).toContain('not a well-formed IPv6 address');
    expect(refusal('::g')).toContain('character "g" is not allowed');
    expect(refusal(':::')).toContain('is not a valid IP address');
  });

  it('refuses a lenient embedded IPv4 tail', () => {
    expect(refusal('::ffff:010.1.1.1')).toContain('embedded IPv4 part "010.1.1.1" is invalid: octet "010" has a leading zero');
    expect(refusal('::ffff:1.2.3')).toContain('embedded IPv4 part "1.2.3" is invalid');
  });

  it('agrees with ipaddr.js on random addresses (outside the mapped range)', () => {
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed;
    };
    for (let n = 0; n < 500; n++) {
      // Bias towards zero groups so "::" placement is exercised.
      const parts = Array.from({ length: 8 }, () => (next() % 3 === 0 ? next() % 65536 : 0));
      if (parts[5] === 0xffff) parts[5] = 1;
      const reference = new ipaddr.IPv6(parts);
      const ours = parsed(reference.toNormalizedString());
      expect(ours.text).toBe(reference.toRFC5952String());
      expect(parsed(ours.text).value).toBe(ours.value);
    }
  });
});

describe('parseIp IPv6 against ipaddr.js', () => {
  it('accepts and refuses the same hex-and-colon strings', () => {
    let seed = 11;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed;
    };
    const pieces = ['0', '1', 'ab', 'ffff', '00001', ':', ':', '::', '1:2', '0:0:0'];
    for (let n = 0; n < 3000; n++) {
      let text = '';
      const length = 1 + (next() % 10);
      for (let k = 0; k < length; k++) text += pieces[next() % pieces.length];
      const ours = parseIp(text);
      expect(ours.ok, text).toBe(ipaddr.IPv6.isValid(text));
      if (ours.ok) expect(ours.value.text, text).toBe(ipaddr.IPv6.parse(text).toRFC5952String());
    }
  });
});

describe('isIp', () => {
  it('is parseIp without the message', () => {
    expect(isIp('10.0.0.1')).toBe(true);
    expect(isIp(' ::1 ')).toBe(true);
    expect(isIp('010.0.0.1')).toBe(false);
    expect(isIp('example.com')).toBe(false);
    expect(isIp('')).toBe(false);
  });
});

describe('ipToString', () => {
  it('formats both families canonically', () => {
    expect(ipToString(4, 0x0a000001n)).toBe('10.0.0.1');
    expect(ipToString(4, 0xffffffffn)).toBe('255.255.255.255');
    expect(ipToString(6, 0n)).toBe('::');
    expect(ipToString(6, 0x20010db8000000000000000000000001n)).toBe('2001:db8::1');
    expect(ipToString(6, 0xffffc0a80001n)).toBe('::ffff:192.168.0.1');
  });

  it('round-trips parsed values', () => {
    for (const text of ['192.168.10.200', '0.0.0.0', 'fd00:1234::abcd', '::ffff:1.2.3.4', '1::']) {
      const ip = parsed(text);
      expect(ipToString(ip.version, ip.value)).toBe(ip.text);
    }
  });

  it('truncates out-of-range values instead of throwing', () => {
    expect(ipToString(4, 0x1_0a000001n)).toBe('10.0.0.1');
    expect(ipToString(6, (1n << 128n) + 1n)).toBe('::1');
  });
});
