import fc from 'fast-check';
import ipaddr from 'ipaddr.js';
import { afterAll, describe, expect, it } from 'vitest';
import { cidrContainsIp, classifyResourceAddress, domainMatches, parseCidr, parseDomain, parseIp, parsePort, parsePortRange } from './index';

/**
 * Property-based tests (fast-check) for every parser an admin's input goes through: they never
 * throw, accept what NetBird accepts (Go's net/netip for addresses and prefixes, RFC 1035 labels
 * for names, 1-65535 for ports) and refuse the rest with a reason that quotes the input. Each
 * property runs RUNS generated cases; the total is printed at the end so CI shows how much was tried.
 */

const RUNS = 2_000;
let tried = 0;
const check = <T>(arb: fc.Arbitrary<T>, predicate: (value: T) => void) => {
  fc.assert(
    fc.property(arb, (v) => {
      tried += 1;
      predicate(v);
    }),
    { numRuns: RUNS },
  );
};

afterAll(() => {
  console.info(`net property suite: ${tried.toLocaleString('en-US')} generated cases`);
});

/** anyText: ASCII noise, Unicode (incl. astral planes), and text built from the parsers' own alphabet. */
const addressAlphabet = fc.constantFrom(...'0123456789abcdefABCDEF.:/%[]*-_ xn'.split(''));
const anyText = fc.oneof(fc.string({ maxLength: 80 }), fc.string({ unit: 'grapheme', maxLength: 40 }), fc.string({ unit: addressAlphabet, maxLength: 48 }));

const refusedWithReason = (r: { ok: boolean; error?: string }) => {
  if (!r.ok) expect(r.error?.length ?? 0).toBeGreaterThan(0);
};

const octet = fc.integer({ min: 0, max: 255 });
const ipv4Parts = fc.tuple(octet, octet, octet, octet);
const hextet = fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 0xffff }));
const ipv6Parts = fc.array(hextet, { minLength: 8, maxLength: 8 });

const letters = 'abcdefghijklmnopqrstuvwxyz0123456789';
const labelChar = fc.constantFrom(...letters.split(''));
/** label: 1-63 chars of [a-z0-9-], not starting or ending with "-" (RFC 1035 as NetBird checks it). */
const label = fc
  .tuple(labelChar, fc.string({ unit: fc.constantFrom(...`${letters}-`.split('')), maxLength: 61 }), labelChar)
  .map(([a, mid, b]) => (mid.length === 0 && a === b ? a : `${a}${mid}${b}`));
const tld = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'.split('')), minLength: 2, maxLength: 10 });
const domainName = fc.tuple(fc.array(label, { minLength: 1, maxLength: 3 }), tld).map(([labels, top]) => [...labels, top].join('.')).filter((d) => d.length <= 251);

describe('addresses', () => {
  it(`parseIp never throws and explains every refusal (${RUNS} cases)`, () => {
    check(anyText, (text) => refusedWithReason(parseIp(text)));
  });

  it('accepts every dotted quad and prints it back unchanged', () => {
    check(ipv4Parts, (parts) => {
      const text = parts.join('.');
      const r = parseIp(text);
      expect(r.ok && r.value.text).toBe(text);
    });
  });

  it('refuses an octet with a leading zero, as Go netip does', () => {
    check(fc.tuple(ipv4Parts, fc.integer({ min: 0, max: 3 })), ([parts, i]) => {
      const text = parts.map((p, j) => (j === i ? `0${p}` : String(p))).join('.');
      const r = parseIp(text);
      expect(r.ok).toBe(false);
      expect(!r.ok && r.error).toContain(text);
    });
  });

  it('reads every IPv6 address as ipaddr.js does, in canonical RFC 5952 form', () => {
    check(ipv6Parts, (parts) => {
      const reference = new ipaddr.IPv6(parts);
      const r = parseIp(reference.toNormalizedString());
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      const again = parseIp(r.value.text);
      expect(again.ok && again.value.value).toBe(r.value.value);
    });
  });
});

describe('prefixes', () => {
  it(`parseCidr never throws and explains every refusal (${RUNS} cases)`, () => {
    check(anyText, (text) => refusedWithReason(parseCidr(text)));
  });

  it('masks host bits and contains the address it was written with', () => {
    check(fc.tuple(ipv4Parts, fc.integer({ min: 0, max: 32 })), ([parts, prefix]) => {
      const ip = parts.join('.');
      const r = parseCidr(`${ip}/${prefix}`);
      const addr = parseIp(ip);
      expect(r.ok && addr.ok).toBe(true);
      if (!r.ok || !addr.ok) return;
      expect(r.value.prefix).toBe(prefix);
      expect(cidrContainsIp(r.value, addr.value)).toBe(true);
      // canonical: parsing the text again gives the same network
      const again = parseCidr(r.value.text);
      expect(again.ok && again.value.text).toBe(r.value.text);
    });
  });

  it('refuses prefix lengths beyond the family and leading zeros', () => {
    check(fc.tuple(ipv4Parts, fc.integer({ min: 33, max: 999 })), ([parts, prefix]) => {
      expect(parseCidr(`${parts.join('.')}/${prefix}`).ok).toBe(false);
    });
    check(fc.tuple(ipv4Parts, fc.integer({ min: 1, max: 32 })), ([parts, prefix]) => {
      expect(parseCidr(`${parts.join('.')}/0${prefix}`).ok).toBe(false);
    });
  });
});

describe('ports', () => {
  it('accepts 1-65535 as numbers and text, and refuses everything else with a reason', () => {
    check(fc.integer({ min: 1, max: 65535 }), (p) => {
      expect(parsePort(p)).toEqual({ ok: true, value: p });
      expect(parsePort(String(p))).toEqual({ ok: true, value: p });
    });
    check(fc.oneof(fc.integer({ max: 0 }), fc.integer({ min: 65536 }), fc.double({ noInteger: true })), (p) => {
      const r = parsePort(p);
      expect(r.ok).toBe(false);
      refusedWithReason(r);
    });
    check(anyText, (text) => refusedWithReason(parsePort(text)));
  });

  it('accepts ordered ranges and refuses reversed ones, naming both ends', () => {
    check(fc.tuple(fc.integer({ min: 1, max: 65535 }), fc.integer({ min: 1, max: 65535 })), ([a, b]) => {
      const r = parsePortRange(`${a}-${b}`);
      if (a <= b) expect(r).toEqual({ ok: true, value: { start: a, end: b } });
      else expect(!r.ok && r.error).toContain(`${a}-${b} is reversed`);
    });
    check(anyText, (text) => refusedWithReason(parsePortRange(text)));
  });
});

describe('domains and wildcards', () => {
  it(`parseDomain never throws and explains every refusal (${RUNS} cases)`, () => {
    check(anyText, (text) => {
      refusedWithReason(parseDomain(text));
      refusedWithReason(parseDomain(text, { allowWildcard: true }));
    });
  });

  it('accepts RFC 1035 names in any case and stores them lower-case', () => {
    check(domainName, (name) => {
      const upper = name.toUpperCase();
      const r = parseDomain(upper);
      expect(r.ok && r.value.ascii).toBe(name);
    });
  });

  it('refuses a label longer than 63 characters or starting with "-"', () => {
    check(fc.tuple(domainName, fc.integer({ min: 64, max: 80 })), ([name, n]) => {
      expect(parseDomain(`${'a'.repeat(n)}.${name}`).ok).toBe(false);
      expect(parseDomain(`-${name}`).ok).toBe(false);
    });
  });

  it('takes "*." only as the whole first label, and only where wildcards are allowed', () => {
    check(domainName, (name) => {
      expect(parseDomain(`*.${name}`).ok).toBe(false);
      const w = parseDomain(`*.${name}`, { allowWildcard: true });
      expect(w.ok && w.value).toMatchObject({ ascii: `*.${name}`, wildcard: true });
      expect(parseDomain(`a*.${name}`, { allowWildcard: true }).ok).toBe(false);
      expect(parseDomain(`x.*.${name}`, { allowWildcard: true }).ok).toBe(false);
    });
  });

  it('a wildcard matches every deeper name but never its apex', () => {
    check(fc.tuple(domainName, fc.array(label, { minLength: 1, maxLength: 3 })), ([name, sub]) => {
      expect(domainMatches(`*.${name}`, `${sub.join('.')}.${name}`)).toBe(true);
      expect(domainMatches(`*.${name}`, name)).toBe(false);
      expect(domainMatches(name, `${sub.join('.')}.${name}`)).toBe(false);
    });
  });
});

describe('resource addresses', () => {
  it(`classifyResourceAddress never throws and explains every refusal (${RUNS} cases)`, () => {
    check(anyText, (text) => refusedWithReason(classifyResourceAddress(text)));
  });

  it('a bare IPv4 address is a host stored as /32; a shorter prefix is a subnet', () => {
    check(fc.tuple(ipv4Parts, fc.integer({ min: 0, max: 31 })), ([parts, prefix]) => {
      const ip = parts.join('.');
      const host = classifyResourceAddress(ip);
      expect(host.ok && host.value).toMatchObject({ type: 'host', address: `${ip}/32` });
      const subnet = classifyResourceAddress(`${ip}/${prefix}`);
      expect(subnet.ok && subnet.value.type).toBe('subnet');
    });
  });

  it('a valid name is a domain; a wildcard keeps its flag', () => {
    check(domainName, (name) => {
      const d = classifyResourceAddress(name);
      expect(d.ok && d.value).toMatchObject({ type: 'domain', address: name, wildcard: false });
      const w = classifyResourceAddress(`*.${name}`);
      expect(w.ok && w.value).toMatchObject({ type: 'domain', wildcard: true });
    });
  });
});
