import { hostCidr, parseCidr, type Cidr } from './cidr';
import { parseDomain, type DomainName } from './domain';
import { explainIpProblem, parseIpCore } from './ip';
import { addressBits } from './prefix-mask';
import { err, ok, type Result } from './result';

/** ResourceKind mirrors NetBird's network resource `type` enum. */
export type ResourceKind = 'host' | 'subnet' | 'domain';

/**
 * ResourceAddress is a network resource address classified the way NetBird's management
 * server does it, so the console shows the same `type` and normalized `address` the server
 * would store. Exactly one of `cidr` (host, subnet) and `domain` (domain) is set.
 */
export interface ResourceAddress {
  type: ResourceKind;
  address: string;
  wildcard: boolean;
  cidr: Cidr | null;
  domain: DomainName | null;
}

/** Digits and dots only, or hex digits with ':', was meant as an IP, so its IP or CIDR error is the useful one. */
const LOOKS_LIKE_IP = /^(?:[0-9.]+|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*|[0-9A-Fa-f:.]+%.*|\[.*)$/;
/** Text made only of name characters (or non-ASCII) was meant as a domain, so the domain reason helps. */
const LOOKS_LIKE_DOMAIN = /^[A-Za-z0-9.*\-\u0080-\uffff]+$/;

function fromCidr(cidr: Cidr): ResourceAddress {
  const type: ResourceKind = cidr.prefix === addressBits(cidr.version) ? 'host' : 'subnet';
  return { type, address: cidr.text, wildcard: false, cidr, domain: null };
}

/**
 * classifyResourceAddress: a bare IP or a /32 (/128) is a host, stored as "ip/32"; any other
 * CIDR is a subnet, masked; a valid domain (wildcards allowed) is a domain. Errors keep the most
 * specific reason: a malformed CIDR or IP reports that, not a generic "not a domain".
 */
export function classifyResourceAddress(input: string): Result<ResourceAddress> {
  const text = input.trim();
  if (text === '') return err('address is empty');
  const slash = text.indexOf('/');
  if (slash >= 0) {
    const cidr = parseCidr(text);
    if (cidr.ok) return ok(fromCidr(cidr.value));
    if (LOOKS_LIKE_IP.test(text.slice(0, slash))) return cidr;
    return err(`"${text}" is not an IP address, CIDR or domain name`);
  }
  const ip = parseIpCore(text);
  if (ip !== null) return ok(fromCidr(hostCidr(ip)));
  const domain = parseDomain(text, { allowWildcard: true });
  if (domain.ok) {
    const d = domain.value;
    return ok({ type: 'domain', address: d.ascii, wildcard: d.wildcard, cidr: null, domain: d });
  }
  if (LOOKS_LIKE_IP.test(text)) return err(`"${text}" is not a valid IP address: ${explainIpProblem(text)}`);
  const generic = `"${text}" is not an IP address, CIDR or domain name`;
  if (!LOOKS_LIKE_DOMAIN.test(text)) return err(generic);
  const reason = domain.error.slice(domain.error.indexOf(': ') + 2);
  return err(`${generic}: ${reason}`);
}
