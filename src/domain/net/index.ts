/**
 * net: the one place the product parses addresses, prefixes, ports, domain names and agent
 * versions, so forms, the embedded control plane, the linter and the tracer agree on every
 * edge case. Pure TypeScript; validators return Result instead of throwing.
 */
export { err, ok, type Result } from './result';
export { ipToString, isIp, parseIp, type IpAddress, type IpVersion } from './ip';
export {
  cidrContainsCidr,
  cidrContainsIp,
  cidrSize,
  cidrsOverlap,
  hostCidr,
  isDefaultRoute,
  parseCidr,
  type Cidr,
} from './cidr';
export { parsePort, parsePortRange, portInRanges, type PortRange } from './port';
export { domainMatches, parseDomain, type DomainName } from './domain';
export { classifyResourceAddress, type ResourceAddress, type ResourceKind } from './resource-address';
export { isAgentVersionAtLeast, parseAgentVersion, type AgentVersion } from './version';
