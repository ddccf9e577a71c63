import { isDefaultRoute, parseCidr } from '@/domain/net';
import { networksList } from './networks-view';
import { peerName, type ViewContext } from './view-context';

/**
 * routing-table-view: the routes the agent installs on the host (Linux: its own table 7120):
 * one per destination of a selected route that some routing peer carries now, through the
 * WireGuard interface; the routing peer is chosen by WireGuard's allowed IPs, not by the table.
 * A route with no routing peer is removed, which is how "no routing peer available" looks on
 * the host.
 */
export interface RouteLine {
  destination: string;
  /** The network route identifier it comes from. */
  from: string;
  via: string;
}

export interface RoutingTable {
  lines: RouteLine[];
  /** Selected routes installed nowhere right now, with why. */
  missing: { from: string; why: string }[];
}

export const NETBIRD_ROUTING_TABLE = 7120;

export function routingTable(ctx: ViewContext, peerId: string): RoutingTable {
  const lines: RouteLine[] = [];
  const missing: RoutingTable['missing'] = [];
  for (const e of networksList(ctx, peerId)) {
    if (!e.selected) continue;
    const now = ctx.carrier(peerId, e.route);
    if (now === null || now.state !== 'routed' || now.peer === null) {
      missing.push({ from: e.id, why: now?.state === 'offline' ? 'the peer is offline' : 'no routing peer available' });
      continue;
    }
    const d = e.destination;
    const dests = d.network !== null ? [d.network] : d.resolved.map((ip) => (ip.includes(':') ? `${ip}/128` : `${ip}/32`));
    for (const dest of dests) lines.push({ destination: dest, from: e.id, via: now.peer });
  }
  return { lines, missing };
}

/** renderRoutingTable: what `ip route show table 7120` prints, each line annotated with the route and the routing peer carrying it. */
export function renderRoutingTable(ctx: ViewContext, table: RoutingTable): string {
  const out: string[] = [];
  for (const l of table.lines) {
    const c = parseCidr(l.destination);
    const dest = c.ok && isDefaultRoute(c.value) ? 'default' : l.destination;
    out.push(`${dest} dev wt0 proto static scope link  # ${l.from} via ${peerName(ctx.index, l.via)}`);
  }
  if (table.lines.length === 0) out.push('(empty)');
  for (const m of table.missing) out.push(`# not installed: ${m.from} (${m.why})`);
  return `${out.join('\n')}\n`;
}
