import { explainIpv4Problem, formatIpv4Number, parseIpv4Number } from './ipv4-text';
import { explainIpv6Problem, formatIpv6Value, parseIpv6Value } from './ipv6-text';
import { err, ok, type Result } from './result';

/** IpVersion is the address family; a closed set so a switch over it can be exhaustive. */
export type IpVersion = 4 | 6;

/**
 * IpAddress is a parsed address. `value` is numeric so containment checks are integer
 * arithmetic rather than string work; `text` is canonical so equal addresses compare equal as
 * strings (IPv4 dotted quad, IPv6 RFC 5952).
 */
export interface IpAddress {
  version: IpVersion;
  text: string;
  value: bigint;
}

const V4_MASK = 0xffffffffn;
const V6_MASK = (1n << 128n) - 1n;

/**
 * parseIpCore is the allocation-light fast path shared with parseCidr and the resource
 * classifier: `text` must already be trimmed; returns null instead of building a message.
 */
export function parseIpCore(text: string): IpAddress | null {
  if (text.indexOf(':') < 0) {
    const n = parseIpv4Number(text);
    // A strict dotted quad that parsed is already canonical, so the input is reused as text.
    return n < 0 ? null : { version: 4, text, value: BigInt(n) };
  }
  const v = parseIpv6Value(text);
  return v === null ? null : { version: 6, text: formatIpv6Value(v), value: v };
}

/** explainIpProblem says why trimmed, non-empty `text` is not an address. Error path only. */
export function explainIpProblem(text: string): string {
  if (text.includes('%')) return 'zone indexes (like "%eth0") are not allowed';
  const slash = text.indexOf('/');
  if (slash >= 0 && parseIpCore(text.slice(0, slash)) !== null) return 'it is a CIDR, expected a single address';
  if (/^\[[^\]]*\]:[0-9]+$/.test(text) || /^[0-9.]+:[0-9]+$/.test(text)) return 'ports are not allowed here';
  if (text.startsWith('[') || text.endsWith(']')) return 'brackets are not allowed around an IPv6 address';
  if (/^[0-9.]+$/.test(text)) return explainIpv4Problem(text);
  if (text.includes(':') && /^[0-9A-Za-z:.]+$/.test(text)) return explainIpv6Problem(text);
  return 'it is neither an IPv4 nor an IPv6 address';
}

/**
 * parseIp reads one IPv4 or IPv6 address. Refuses zones, ports, brackets and IPv4 octets with
 * leading zeros (010 is 8 to some tools and 10 to others). IPv4-mapped IPv6 such as
 * "::ffff:10.0.0.1" stays IPv6: NetBird treats the families separately.
 */
export function parseIp(input: string): Result<IpAddress> {
  const text = input.trim();
  if (text === '') return err('IP address is empty');
  const ip = parseIpCore(text);
  if (ip !== null) return ok(ip);
  return err(`"${text}" is not a valid IP address: ${explainIpProblem(text)}`);
}

/** isIp is parseIp for guards and filters that do not need the message. */
export function isIp(input: string): boolean {
  return parseIpCore(input.trim()) !== null;
}

/**
 * ipToString renders a numeric address canonically. Values wider than the family are
 * truncated to it rather than throwing, so a caller's arithmetic slip shows up as a wrong
 * address, not a crash in a render.
 */
export function ipToString(version: IpVersion, value: bigint): string {
  if (version === 4) return formatIpv4Number(Number(value & V4_MASK));
  return formatIpv6Value(value & V6_MASK);
}
