import { netbirdRange } from '@/domain/rules/lint/masquerade';
import { resourceDestinations, routeDestinations, type Destination } from './destinations';
import type { DnsForwarder } from './dns-forwarder';
import { WG_IFACE, type NftChain, type NftRule, type RuleOrigin } from './nft';
import type { Served } from './served';
import type { SetRegistry } from './source-sets';

/**
 * nat-chains: source NAT for routed traffic (masquerade, one rule per router or route that has
 * it on: the LAN sees the routing peer's own address) and, on a routing peer whose clients
 * still query the legacy DNS port, the redirect of that port to the forwarder's.
 */

const IIF = `iifname "${WG_IFACE}"`;
const OIF = `oifname != "${WG_IFACE}"`;

/** masqueradeRules: prefixes of one family grouped into one rule, each domain set its own. */
function masqueradeRules(range: string, dests: readonly Destination[], comment: string, origin: RuleOrigin): NftRule[] {
  const out: NftRule[] = [];
  for (const family of [4, 6] as const) {
    const ds = dests.filter((d) => d.family === family);
    const saddr = family === 4 ? [`ip saddr ${range}`] : [];
    const prefixes = ds.flatMap((d) => (d.cidr === null ? [] : [d.cidr.text]));
    const kw = family === 4 ? 'ip' : 'ip6';
    if (prefixes.length > 0) {
      const daddr = prefixes.length === 1 ? `${kw} daddr ${prefixes[0]}` : `${kw} daddr { ${prefixes.join(', ')} }`;
      out.push({ match: [IIF, OIF, ...saddr, daddr], verdict: 'masquerade', comment, origin });
    }
    for (const d of ds) if (d.cidr === null) out.push({ match: [IIF, OIF, ...saddr, d.match], verdict: 'masquerade', comment, origin });
  }
  return out;
}

export function postroutingChain(reg: SetRegistry, served: Served): NftChain {
  const { index } = reg;
  const range = netbirdRange(index);
  const rules: NftRule[] = [];
  for (const router of served.routers) {
    if (!router.masquerade) continue;
    const resources = (index.resourcesOfNetwork.get(router.network_id) ?? []).filter((r) => r.enabled);
    const dests = resources.flatMap((r) => resourceDestinations(reg, r));
    const network = index.networks.get(router.network_id)?.name ?? router.network_id;
    rules.push(...masqueradeRules(range, dests, `router ${router.id} of network ${network}: masquerade on`, { kind: 'router', routerId: router.id, networkId: router.network_id }));
  }
  for (const route of served.routes) {
    if (!route.masquerade) continue;
    rules.push(...masqueradeRules(range, routeDestinations(reg, route), `route '${route.network_id}' (${route.id}): masquerade on`, { kind: 'route', routeId: route.id }));
  }
  return { name: 'netbird-rt-postrouting', type: 'nat', hook: 'postrouting', priority: 'srcnat', policy: 'accept', rules };
}

/** preroutingChain: the DNS port redirect, or null when the forwarder needs none. */
export function preroutingChain(dns: DnsForwarder): NftChain | null {
  if (dns.dnat === null) return null;
  return {
    name: 'netbird-rt-prerouting',
    type: 'nat',
    hook: 'prerouting',
    priority: 'dstnat',
    policy: 'accept',
    rules: [
      {
        match: [IIF, `meta l4proto { tcp, udp } th dport ${dns.dnat.from}`],
        verdict: `redirect to :${dns.dnat.to}`,
        comment: `DNS forwarder: clients of this account still query port ${dns.dnat.from}`,
        origin: { kind: 'dns-forwarder' },
      },
    ],
  };
}
