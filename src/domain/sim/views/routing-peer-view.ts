import { assertNever } from '@/domain/assert-never';
import { buildRuleset, dnsForwarderOf, isExitRoute, isRoutingPeer, renderRuleset, servedBy, type DnsForwarder, type Ruleset } from '@/domain/firewall';
import type { ViewContext } from './view-context';

/**
 * routing-peer-view: what the host of a routing peer needs and has: IP forwarding (by OS, as the
 * docs describe it), the DNS forwarder, the ruleset it installs, and what it routes, with the
 * clients it carries at this moment.
 */

export type ForwardingNeed =
  /** Linux: kernel forwarding; the agent sets the sysctl, a container's host must. */
  | { kind: 'sysctl'; commands: string[] }
  /** Windows forwards routed subnets without setup. */
  | { kind: 'none' }
  /** Other platforms forward in userspace. */
  | { kind: 'userspace' };

export interface ServedItem {
  kind: 'network' | 'route' | 'exit-node';
  /** Network id, or the route's id. */
  id: string;
  label: string;
  metric: number;
  masquerade: boolean;
  /** Clients whose traffic it carries now (route key match). */
  carrying: string[];
}

export interface RoutingPeerView {
  routing: boolean;
  served: ServedItem[];
  forwarding: ForwardingNeed;
  dns: DnsForwarder;
  ruleset: Ruleset;
  rulesetText: string;
}

export const SYSCTL_COMMANDS = ['sysctl -w net.ipv4.ip_forward=1', 'sysctl -w net.ipv6.conf.all.forwarding=1'];

export function forwardingNeed(os: string): ForwardingNeed {
  const o = os.toLowerCase();
  if (o.includes('linux')) return { kind: 'sysctl', commands: SYSCTL_COMMANDS };
  if (o.includes('windows')) return { kind: 'none' };
  return { kind: 'userspace' };
}

export function forwardingText(need: ForwardingNeed): string {
  switch (need.kind) {
    case 'sysctl':
      return `IP forwarding: required (the agent enables it; in a container, set it on the host)\n${need.commands.map((c) => `  $ sudo ${c}`).join('\n')}`;
    case 'none':
      return 'IP forwarding: no setup needed on Windows';
    case 'userspace':
      return 'IP forwarding: the agent forwards in userspace on this platform';
    default:
      return assertNever(need);
  }
}

/** carrying: clients whose current carrier for `routeKey` is this peer. */
function carrying(ctx: ViewContext, peerId: string, routeKey: string, clients: readonly string[]): string[] {
  return clients.filter((c) => {
    const now = ctx.carrier(c, routeKey);
    return now?.state === 'routed' && now.peer === peerId;
  });
}

export function routingPeerView(ctx: ViewContext, peerId: string): RoutingPeerView {
  const { index } = ctx;
  const served = servedBy(index, peerId);
  const clients = index.snapshot.peers.map((p) => p.id);
  const items: ServedItem[] = [];
  for (const nid of new Set(served.routers.map((r) => r.network_id))) {
    const routers = served.routers.filter((r) => r.network_id === nid);
    items.push({
      kind: 'network',
      id: nid,
      label: index.networks.get(nid)?.name ?? nid,
      metric: Math.min(...routers.map((r) => r.metric)),
      masquerade: routers.some((r) => r.masquerade),
      carrying: carrying(ctx, peerId, nid, clients),
    });
  }
  for (const r of served.routes) {
    const kind = isExitRoute(index, r) ? 'exit-node' : 'route';
    items.push({ kind, id: r.id, label: r.network_id, metric: r.metric, masquerade: r.masquerade, carrying: carrying(ctx, peerId, r.network_id, clients) });
  }
  const ruleset = buildRuleset(index, peerId);
  return {
    routing: isRoutingPeer(served),
    served: items,
    forwarding: forwardingNeed(index.peers.get(peerId)?.os ?? ''),
    dns: dnsForwarderOf(index, peerId, served),
    ruleset,
    rulesetText: renderRuleset(ruleset),
  };
}

export function dnsForwarderText(dns: DnsForwarder): string {
  if (!dns.running) return `DNS forwarder: not running (${dns.notRunning ?? ''})`;
  const dnat = dns.dnat === null ? '' : `\n  DNAT ${dns.dnat.from} → ${dns.dnat.to} (clients of this account still query ${dns.dnat.from})`;
  return `DNS forwarder: listening on port ${dns.listenPort} for ${dns.domains.join(', ')}${dnat}`;
}
