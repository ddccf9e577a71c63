import { explainIpv4Problem, formatIpv4Number, parseIpv4Number } from './ipv4-text';

/**
 * ipv6-text: IPv6 parsing and RFC 5952 formatting between text and bigint.
 *
 * Hand-written char loops rather than ipaddr.js: ipaddr.js takes ~2.5µs per IPv6 parse (regex
 * matching, array building), which dominates linting and tracing accounts with 20k resources,
 * and it is lenient where we are not (zone indexes, zero-padded or hex octets in an embedded
 * IPv4 tail). The tests check this parser against ipaddr.js on random addresses.
 */

/** Scratch space for the eight 16-bit groups; parsing is synchronous, so one buffer suffices. */
const groups = new Uint16Array(8);

function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

function groupsToValue(): bigint {
  const w0 = groups[0]! * 65536 + groups[1]!;
  const w1 = groups[2]! * 65536 + groups[3]!;
  const w2 = groups[4]! * 65536 + groups[5]!;
  const w3 = groups[6]! * 65536 + groups[7]!;
  // 32-bit words: a 64-bit number would lose precision above 2^53.
  return (BigInt(w0) << 96n) | (BigInt(w1) << 64n) | (BigInt(w2) << 32n) | BigInt(w3);
}

/**
 * parseIpv6Value returns the 128-bit value of an IPv6 literal, or null when it is not one.
 * Accepts 1-4 hex digits per group, one "::" standing for at least one zero group, and a
 * strict dotted-quad tail in place of the last two groups. Zones and brackets are refused.
 */
export function parseIpv6Value(text: string): bigint | null {
  const len = text.length;
  if (len < 2 || len > 45) return null;
  let count = 0;
  let gap = -1;
  let i = 0;
  if (text.charCodeAt(0) === 58) {
    if (text.charCodeAt(1) !== 58) return null;
    gap = 0;
    i = 2;
  }
  while (i < len) {
    const start = i;
    let value = 0;
    let d: number;
    while (i < len && (d = hexValue(text.charCodeAt(i))) >= 0) {
      value = value * 16 + d;
      i++;
    }
    if (i < len && text.charCodeAt(i) === 46) {
      if (count > 6) return null;
      const v4 = parseIpv4Number(text.slice(start));
      if (v4 < 0) return null;
      groups[count++] = v4 >>> 16;
      groups[count++] = v4 & 0xffff;
      break;
    }
    const digits = i - start;
    if (digits === 0 || digits > 4 || count === 8) return null;
    groups[count++] = value;
    if (i === len) break;
    if (text.charCodeAt(i) !== 58) return null;
    i++;
    if (i === len) return null;
    if (text.charCodeAt(i) === 58) {
      if (gap >= 0) return null;
      gap = count;
      i++;
    }
  }
  if (gap < 0) {
    if (count !== 8) return null;
  } else {
    if (count > 7) return null;
    const tail = count - gap;
    for (let k = 0; k < tail; k++) groups[7 - k] = groups[count - 1 - k]!;
    for (let k = gap; k < 8 - tail; k++) groups[k] = 0;
  }
  return groupsToValue();
}

/**
 * formatIpv6Value renders a 128-bit value per RFC 5952: lower-case hex, no leading zeros, the
 * longest run (first on a tie) of two or more zero groups shortened to "::". IPv4-mapped
 * addresses (::ffff:0:0/96) use the mixed form "::ffff:1.2.3.4" that RFC 5952 section 5
 * recommends and that NetBird's Go backend (net/netip) prints.
 */
export function formatIpv6Value(value: bigint): string {
  const hi = BigInt.asUintN(64, value >> 64n);
  const lo = BigInt.asUintN(64, value);
  const w0 = Number(hi >> 32n);
  const w1 = Number(BigInt.asUintN(32, hi));
  const w2 = Number(lo >> 32n);
  const w3 = Number(BigInt.asUintN(32, lo));
  if (w0 === 0 && w1 === 0 && w2 === 0xffff) return `::ffff:${formatIpv4Number(w3)}`;
  groups[0] = w0 >>> 16;
  groups[1] = w0;
  groups[2] = w1 >>> 16;
  groups[3] = w1;
  groups[4] = w2 >>> 16;
  groups[5] = w2;
  groups[6] = w3 >>> 16;
  groups[7] = w3;
  let bestStart = -1;
  let bestLen = 1;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLen) {
      bestStart = i;
      bestLen = j - i;
    }
    i = j;
  }
  let out = '';
  for (let i = 0; i < 8; i++) {
    if (i === bestStart) {
      out += '::';
      i += bestLen - 1;
      continue;
    }
    if (out !== '' && !out.endsWith(':')) out += ':';
    out += groups[i]!.toString(16);
  }
  return out;
}

/** explainIpv6Problem says why `text` (known to fail parseIpv6Value) is not an IPv6 literal. Error path only. */
export function explainIpv6Problem(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (hexValue(c) < 0 && c !== 58 && c !== 46) return `character "${text.charAt(i)}" is not allowed in an IPv6 address`;
  }
  if (text.includes('.')) {
    const tail = text.slice(text.lastIndexOf(':') + 1);
    if (parseIpv4Number(tail) < 0) return `embedded IPv4 part "${tail}" is invalid: ${explainIpv4Problem(tail)}`;
  }
  if (text.split('::').length > 2) return '"::" may appear only once';
  for (const group of text.split(':')) {
    if (group.length > 4 && !group.includes('.')) return `group "${group}" has more than four hex digits`;
  }
  return 'it is not a well-formed IPv6 address (eight groups of hex digits, "::" for a run of zeros)';
}
