import type { AccountIndex, IndexedResource } from '@/domain/account';
import { lookupDomain } from '@/domain/routing/route-lookup';
import { findPeer } from './find-peer';
import type { TraceQuery } from './trace-packet';
import { pathRef, type TraceRef } from './trace-ref';
import type { TraceResult } from './trace-result';

/**
 * domain-leak: the docs' domain/IP-range leak, named when a trace shows it. A domain resource
 * is sent only to its policy's sources; any other peer resolves the name itself, and when the
 * answer falls into an IP range it does receive (a subnet resource, a route, an exit node),
 * the packet goes out that way, under that range's policy, not the domain's.
 */
export interface DomainLeak {
  name: string;
  answers: string[];
  /** Domain resources matching the name that are not sent to the source. */
  domain_resources: IndexedResource[];
  /** What carried the resolved address instead. */
  carrier: TraceRef;
  /** The policy that let the packet through that way (null when it was denied there). */
  policy: string | null;
}

/** domainLeak: the leak a trace shows, or null when the name was routed as a domain (or not routed at all). */
export function domainLeak(index: AccountIndex, query: TraceQuery, result: TraceResult): DomainLeak | null {
  const dns = result.dns;
  if (dns === null || dns.resolver_peer !== null) return null;
  const carrier = pathRef(index, result.path);
  if (carrier === null || carrier.type === 'peer') return null;
  const source = findPeer(index, query.from);
  if (source === null) return null;
  const { match, unreceived } = lookupDomain(index, source.id, dns.name);
  if (match !== null || unreceived.length === 0) return null;
  const domainResources = [...new Map(unreceived.map((r) => [r.id, r])).values()];
  return { name: dns.name, answers: dns.answers, domain_resources: domainResources, carrier, policy: result.policy };
}
