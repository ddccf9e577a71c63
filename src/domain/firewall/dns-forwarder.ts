import type { AccountIndex } from '@/domain/account';
import { DNS_FORWARDER_MIN_VERSION, DNS_FORWARDER_PORT, LEGACY_DNS_FORWARDER_PORT, type DnsForwarderPort } from '@/domain/dns/forwarder-port';
import { isAgentVersionAtLeast } from '@/domain/net';
import { dnsForwarderPort } from '@/domain/routing/dns-forwarder-port';
import { routingPeerDnsOn } from '@/domain/rules/lint/domain-routing';
import type { Served } from './served';

/**
 * dns-forwarder: the DNS forwarder a routing peer runs for routed domains. It runs when the peer
 * serves a domain (a domain resource of a network it routes, or a legacy domain route) and the
 * account resolves routed names on the routing peer. Agents from 0.59.0 listen on 22054; while
 * the account still tells clients 5353 (some peer is older), such an agent also redirects 5353
 * to 22054 (NetBird PR #4707, 2025), so old and new clients both reach it.
 */
export interface DnsForwarder {
  /** Domains the forwarder answers for, in account order. */
  domains: string[];
  running: boolean;
  /** Why it does not run (null when it runs). */
  notRunning: string | null;
  /** The port clients of this account query (the account-wide decision). */
  clientPort: DnsForwarderPort;
  /** The port this agent listens on. */
  listenPort: DnsForwarderPort;
  /** The port redirect the agent installs, when clients query another port than it listens on. */
  dnat: { from: DnsForwarderPort; to: DnsForwarderPort } | null;
}

export function servedDomains(index: AccountIndex, served: Served): string[] {
  const out = new Set<string>();
  for (const router of served.routers) {
    for (const r of index.resourcesOfNetwork.get(router.network_id) ?? []) if (r.enabled && r.type === 'domain') out.add(r.address);
  }
  for (const route of served.routes) for (const d of route.domains ?? []) out.add(d);
  return [...out];
}

export function dnsForwarderOf(index: AccountIndex, peerId: string, served: Served): DnsForwarder {
  const domains = servedDomains(index, served);
  const clientPort: DnsForwarderPort = dnsForwarderPort(index) === DNS_FORWARDER_PORT ? DNS_FORWARDER_PORT : LEGACY_DNS_FORWARDER_PORT;
  const version = index.peers.get(peerId)?.version ?? '';
  const listenPort: DnsForwarderPort = isAgentVersionAtLeast(version, DNS_FORWARDER_MIN_VERSION) ? DNS_FORWARDER_PORT : LEGACY_DNS_FORWARDER_PORT;
  const on = routingPeerDnsOn(index.snapshot.account.settings);
  const running = domains.length > 0 && on;
  const notRunning = running ? null : domains.length === 0 ? 'it serves no domain resource or domain route' : 'Routing Peer DNS Resolution is off: clients resolve routed names themselves';
  const dnat = running && clientPort !== listenPort ? { from: clientPort, to: listenPort } : null;
  return { domains, running, notRunning, clientPort, listenPort, dnat };
}
