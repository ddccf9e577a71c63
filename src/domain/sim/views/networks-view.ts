import { receivedRoutes } from '@/domain/routing/route-lookup';
import { legacyDestination, resourceDestination, type RouteDestination } from './route-destinations';
import type { ViewContext } from './view-context';

/**
 * networks-view: the equivalent of `netbird networks ls`: every network route the peer receives
 * (a Network's resources are listed by name, as NetBird turns each into a route; a legacy HA set
 * once by its network identifier), and whether it is selected. Every auto-applied route is;
 * of the exit nodes only the active one.
 */
export interface NetworkEntry {
  /** The identifier `netbird networks select` takes. */
  id: string;
  kind: 'network-resource' | 'network-route' | 'exit-node';
  /** The route key of the simulator (network id or legacy network_id), to find its track. */
  route: string;
  destination: RouteDestination;
  selected: boolean;
}

export function networksList(ctx: ViewContext, peerId: string): NetworkEntry[] {
  const { index } = ctx;
  const out: NetworkEntry[] = [];
  const seen = new Set<string>();
  for (const r of receivedRoutes(index, peerId)) {
    switch (r.kind) {
      case 'network-resource':
        out.push({ id: r.resource.name, kind: r.kind, route: r.resource.network_id, destination: resourceDestination(index, r.resource), selected: true });
        break;
      case 'network-route':
      case 'exit-node': {
        if (seen.has(r.route.network_id)) continue;
        seen.add(r.route.network_id);
        const selected = r.kind === 'exit-node' ? r.active : true;
        out.push({ id: r.route.network_id, kind: r.kind, route: r.route.network_id, destination: legacyDestination(index, r.route), selected });
        break;
      }
    }
  }
  return out;
}

export function renderNetworks(entries: readonly NetworkEntry[]): string {
  if (entries.length === 0) return 'No networks available.\n';
  const lines = ['Available Networks:', ''];
  for (const e of entries) {
    lines.push(`  - ID: ${e.id}`);
    if (e.destination.network !== null) lines.push(`    Network: ${e.destination.network}`);
    else {
      lines.push(`    Domains: ${e.destination.domains.join(', ')}`);
      lines.push(`    Resolved IPs: ${e.destination.resolved.length > 0 ? e.destination.resolved.join(', ') : '-'}`);
    }
    lines.push(`    Status: ${e.selected ? 'Selected' : 'Not Selected'}`, '');
  }
  return `${lines.join('\n')}`;
}
