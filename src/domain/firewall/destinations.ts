import type { AccountIndex, IndexedResource } from '@/domain/account';
import { domainMatches, parseDomain, type Cidr } from '@/domain/net';
import { routeIndexOf } from '@/domain/routing/route-index';
import type { SnapRoute } from '@/domain/snapshot';
import { domainSet, type SetRegistry } from './source-sets';

/**
 * destinations: how a resource's or route's destination reads in a rule: a prefix (`ip daddr
 * 10.10.0.0/16`) or, for a domain, a set of the addresses it resolves to. The agent fills those
 * sets at run time from its DNS forwarder; here they hold the lab's DNS answers.
 */

export interface Destination {
  family: 4 | 6;
  /** `ip daddr 10.10.0.0/16` or `ip daddr @nb-dom-3`. */
  match: string;
  /** The prefix, for NAT rules that group prefixes; null for a domain set. */
  cidr: Cidr | null;
}

const daddr = (family: 4 | 6, what: string) => `${family === 4 ? 'ip' : 'ip6'} daddr ${what}`;

/** labAnswersFor: every lab DNS answer under a domain pattern (a wildcard collects all its names). */
function labAnswersFor(index: AccountIndex, pattern: string): string[] {
  const out = new Set<string>();
  for (const [name, answers] of Object.entries(index.snapshot.lab?.dns ?? {})) {
    if (domainMatches(pattern, name) || name === pattern) for (const a of answers) out.add(a);
  }
  return [...out];
}

function domainDestinations(reg: SetRegistry, id: string, domain: string): Destination[] {
  const parsed = parseDomain(domain, { allowWildcard: true });
  const pattern = parsed.ok ? parsed.value.ascii : domain;
  const answers = labAnswersFor(reg.index, pattern);
  const v4 = domainSet(reg, id, pattern, answers, 4);
  const out: Destination[] = [{ family: 4, match: daddr(4, `@${v4.name}`), cidr: null }];
  if (answers.some((a) => a.includes(':'))) out.push({ family: 6, match: daddr(6, `@${domainSet(reg, id, pattern, answers, 6).name}`), cidr: null });
  return out;
}

export function resourceDestinations(reg: SetRegistry, resource: IndexedResource): Destination[] {
  const a = routeIndexOf(reg.index).resourceAddress.get(resource.id);
  if (a === undefined) return [];
  if (a.cidr !== null) return [{ family: a.cidr.version, match: daddr(a.cidr.version, a.cidr.text), cidr: a.cidr }];
  return a.domain === null ? [] : domainDestinations(reg, `res:${resource.id}`, a.domain.ascii);
}

export function routeDestinations(reg: SetRegistry, route: SnapRoute): Destination[] {
  const cidr = routeIndexOf(reg.index).routeCidr.get(route.id);
  if (cidr !== undefined) return [{ family: cidr.version, match: daddr(cidr.version, cidr.text), cidr }];
  return (route.domains ?? []).flatMap((d) => domainDestinations(reg, `route:${route.id}:${d}`, d));
}
