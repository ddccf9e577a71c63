import type { AccountIndex, IndexedResource } from '@/domain/account';
import { receivesResource } from '@/domain/routing/route-lookup';
import { routeIndexOf } from '@/domain/routing/route-index';
import { labDnsAnswers } from '@/domain/trace/lab-dns';
import type { SnapRoute } from '@/domain/snapshot';

/**
 * route-destinations: what a route a client uses stands for on the host: prefixes, or domains
 * with the addresses they resolve to (from the lab's DNS answers), for `networks ls` and the
 * routing table.
 */
export interface RouteDestination {
  /** Prefix, e.g. 10.10.0.0/16; null for a domain. */
  network: string | null;
  domains: string[];
  /** Lab answers for the domains (what the agent would route as /32s). */
  resolved: string[];
}

export function resourceDestination(index: AccountIndex, r: IndexedResource): RouteDestination {
  const a = routeIndexOf(index).resourceAddress.get(r.id);
  if (a?.cidr) return { network: a.cidr.text, domains: [], resolved: [] };
  const domain = a?.domain?.ascii ?? r.address;
  return { network: null, domains: [domain], resolved: domain.startsWith('*.') ? [] : [...labDnsAnswers(index, domain)] };
}

export function legacyDestination(index: AccountIndex, route: SnapRoute): RouteDestination {
  const cidr = routeIndexOf(index).routeCidr.get(route.id);
  if (cidr !== undefined) return { network: cidr.text, domains: [], resolved: [] };
  const domains = [...(route.domains ?? [])];
  return { network: null, domains, resolved: domains.flatMap((d) => (d.startsWith('*.') ? [] : [...labDnsAnswers(index, d.toLowerCase())])) };
}

/** receivedResourcesOfNetwork: the enabled resources of a network that the client receives. */
export function receivedResourcesOfNetwork(index: AccountIndex, client: string, networkId: string): IndexedResource[] {
  return (index.resourcesOfNetwork.get(networkId) ?? []).filter((r) => receivesResource(index, client, r));
}

/** routeTargetsText: what a route leads to, for a topology: "DC core 172.16.0.0/16", "exit-eu 0.0.0.0/0". */
export function routeTargetsText(index: AccountIndex, routeKey: string): string[] {
  if (index.networks.has(routeKey)) {
    return (index.resourcesOfNetwork.get(routeKey) ?? []).filter((r) => r.enabled).map((r) => `${r.name} ${r.address}`);
  }
  const out = new Set<string>();
  for (const r of index.snapshot.routes) {
    if (!r.enabled || r.network_id !== routeKey) continue;
    const d = legacyDestination(index, r);
    out.add(`${routeKey} ${d.network ?? d.domains.join(', ')}`);
  }
  return [...out];
}
