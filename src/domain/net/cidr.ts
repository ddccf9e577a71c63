import { explainIpProblem, ipToString, parseIpCore, type IpAddress, type IpVersion } from './ip';
import { addressBits, prefixMask } from './prefix-mask';
import { err, ok, type Result } from './result';

/**
 * Cidr is a network prefix. `network` is always masked, so two Cidrs for the same network are
 * equal field by field and `text` can be used as a map key.
 */
export interface Cidr {
  version: IpVersion;
  prefix: number;
  network: bigint;
  text: string;
}

/** parsePrefixLength reads the digits after "/" and returns -1 for anything but a plain decimal. */
function parsePrefixLength(text: string): number {
  const len = text.length;
  if (len === 0 || len > 9) return -1;
  // "08" is refused as Go's net/netip does, so the console and NetBird agree.
  if (len > 1 && text.charCodeAt(0) === 48) return -1;
  let n = 0;
  for (let i = 0; i < len; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return -1;
    n = n * 10 + (c - 48);
  }
  return n;
}

/** invalidCidr builds the error; a module function, not a closure, to keep the hot path allocation-free. */
function invalidCidr(text: string, problem: string): Result<never> {
  return err(`"${text}" is not a valid CIDR: ${problem}`);
}

function explainPrefixProblem(text: string): string {
  if (text === '') return 'prefix length is missing after "/"';
  if (/^[0-9]+$/.test(text) && text.length > 1 && text.startsWith('0')) return `prefix length "${text}" has a leading zero`;
  return `prefix length "${text}" is not a number`;
}

/**
 * parseCidr reads "address/prefix". By default host bits are masked away ("10.10.1.5/16"
 * becomes 10.10.0.0/16) because that is what people mean when they paste an interface address;
 * with `strict` they are an error that names the masked network, for fields where a typo in
 * the address would silently widen or move the route.
 */
export function parseCidr(input: string, opts?: { strict?: boolean }): Result<Cidr> {
  const text = input.trim();
  if (text === '') return err('CIDR is empty');
  const slash = text.indexOf('/');
  if (slash < 0) {
    return invalidCidr(text, parseIpCore(text) === null ? 'expected address/prefix, e.g. 10.0.0.0/24' : 'the "/prefix" part is missing, e.g. /32 for a single host');
  }
  const addressText = text.slice(0, slash);
  const prefixText = text.slice(slash + 1);
  const ip = parseIpCore(addressText);
  if (ip === null) return invalidCidr(text, addressText === '' ? 'the address before "/" is missing' : explainIpProblem(addressText));
  const prefix = parsePrefixLength(prefixText);
  if (prefix < 0) return invalidCidr(text, explainPrefixProblem(prefixText));
  const bits = addressBits(ip.version);
  if (prefix > bits) return invalidCidr(text, `prefix length must be 0-${bits} for IPv${ip.version}`);
  const network = ip.value & prefixMask(ip.version, prefix);
  const masked = network === ip.value ? ip.text : ipToString(ip.version, network);
  // already canonical and masked (how NetBird stores prefixes): keep the input string, build none
  const cidrText = masked === addressText ? text : `${masked}/${prefix}`;
  if (network !== ip.value && opts?.strict === true) {
    return invalidCidr(text, `host bits are set; the network is ${cidrText}`);
  }
  return ok({ version: ip.version, prefix, network, text: cidrText });
}

/** cidrContainsIp: same family and the address masked to the prefix is the network. */
export function cidrContainsIp(c: Cidr, ip: IpAddress): boolean {
  return c.version === ip.version && (ip.value & prefixMask(c.version, c.prefix)) === c.network;
}

/** cidrContainsCidr: `inner` is equal to or a sub-prefix of `outer` (a /0 contains its whole family). */
export function cidrContainsCidr(outer: Cidr, inner: Cidr): boolean {
  return (
    outer.version === inner.version &&
    outer.prefix <= inner.prefix &&
    (inner.network & prefixMask(outer.version, outer.prefix)) === outer.network
  );
}

/**
 * cidrsOverlap: prefixes either nest or are disjoint, so two overlap exactly when they agree
 * on the shorter prefix. IPv4 and IPv6 never overlap (mapped addresses are IPv6 here).
 */
export function cidrsOverlap(a: Cidr, b: Cidr): boolean {
  if (a.version !== b.version) return false;
  const mask = prefixMask(a.version, a.prefix < b.prefix ? a.prefix : b.prefix);
  return (a.network & mask) === (b.network & mask);
}

/** hostCidr turns an address into its single-host prefix (/32 or /128), the form NetBird stores for host resources. */
export function hostCidr(ip: IpAddress): Cidr {
  const prefix = addressBits(ip.version);
  return { version: ip.version, prefix, network: ip.value, text: `${ip.text}/${prefix}` };
}

/** isDefaultRoute: 0.0.0.0/0 or ::/0, which turn a routing peer into an exit node. */
export function isDefaultRoute(c: Cidr): boolean {
  return c.prefix === 0;
}

/** cidrSize is the number of addresses in the prefix (bigint: an IPv6 /0 is 2^128). */
export function cidrSize(c: Cidr): bigint {
  return 1n << BigInt(addressBits(c.version) - c.prefix);
}
