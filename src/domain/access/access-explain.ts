import { peersOfGroup, type AccountIndex } from '@/domain/account';
import { classifyResourceAddress, domainMatches, err, ipToString, ok, type Result } from '@/domain/net';
import type { AccessMatrixRow } from './access-matrix';
import type { TraceProtocol } from './packet-match';

/**
 * access-explain: one access-matrix cell as a packet to trace. The trace follows one packet of
 * one peer, so a group source is represented by one of its members (every member has the same
 * access: that is what a group entry means), and a range of ports by its first port.
 */

export interface ExplainPair {
  /** A peer id. */
  from: string;
  /** A peer id, a resource id, or an address inside a legacy route. */
  to: string;
  protocol: TraceProtocol;
  port: number | null;
}

/** NetBird SSH listens on port 22 of the peer (its input chain), so a netbird-ssh grant is traced as TCP 22. */
const NETBIRD_SSH_PORT = 22;

/** Addresses outside every private range, standing for "the internet" behind an exit node. */
const INTERNET_HOST = { 4: '1.1.1.1', 6: '2606:4700:4700::1111' } as const;

/** representative: the member a group's cell is traced from: the first by name that is not the destination itself. */
function representative(index: AccountIndex, groupId: string, destinationPeer: string | null): string | null {
  const members = [...peersOfGroup(index, groupId)].filter((id) => id !== destinationPeer && index.peers.has(id));
  members.sort((a, b) => {
    const na = index.peers.get(a)?.name ?? a;
    const nb = index.peers.get(b)?.name ?? b;
    return na < nb ? -1 : na > nb ? 1 : 0;
  });
  return members[0] ?? null;
}

/** routeHost: an address the route covers: the first host of its CIDR (or the internet for an exit node), or its first domain. */
function routeHost(index: AccountIndex, routeId: string): Result<string> {
  const route = index.routes.get(routeId);
  if (route === undefined) return err(`route ${routeId} is not in this account`);
  const domain = (route.domains ?? [])[0];
  if (domain !== undefined) return ok(domain);
  const a = classifyResourceAddress(route.network ?? '');
  if (!a.ok || a.value.cidr === null) return err(`route "${route.network_id}" has no usable network`);
  const cidr = a.value.cidr;
  if (cidr.prefix === 0) return ok(INTERNET_HOST[cidr.version]);
  const bits = cidr.version === 4 ? 32 : 128;
  return ok(ipToString(cidr.version, cidr.prefix < bits - 1 ? cidr.network + 1n : cidr.network));
}

/**
 * resourceHost: a resource is traced by its id, except a wildcard, which names no single host:
 * then a name the lab resolves under it (the first in order), so the trace has something real to
 * follow; without one the id is kept and the trace asks for a concrete name.
 */
function resourceHost(index: AccountIndex, resourceId: string): string {
  const address = index.resources.get(resourceId)?.address ?? '';
  if (!address.startsWith('*.')) return resourceId;
  const names = Object.keys(index.snapshot.lab?.dns ?? {}).filter((n) => domainMatches(address, n));
  names.sort();
  return names[0] ?? resourceId;
}

/** firstPort: "8000-8100" → 8000; null when the grant names no port. */
function firstPort(ports: readonly string[]): number | null {
  const p = ports[0];
  if (p === undefined) return null;
  const n = Number(p.split('-')[0]);
  return Number.isInteger(n) ? n : null;
}

/** explainPair: the trace that shows why `row` exists, or why it cannot be traced (a group without peers). */
export function explainPair(index: AccountIndex, row: Pick<AccessMatrixRow, 'source' | 'destination' | 'protocol' | 'ports'>): Result<ExplainPair> {
  const d = row.destination;
  const destinationPeer = d.kind === 'peer' || d.kind === 'routing-peer' ? d.id : null;
  const from = row.source.type === 'peer' ? row.source.id : representative(index, row.source.id, destinationPeer);
  if (from === null) return err(`group "${row.source.name}" has no peer to trace from`);

  let to: string;
  if (d.kind === 'route' || d.kind === 'exit-node') {
    const host = routeHost(index, d.id);
    if (!host.ok) return host;
    to = host.value;
  } else if (d.kind === 'resource') {
    to = resourceHost(index, d.id);
  } else {
    to = d.id;
  }

  switch (row.protocol) {
    case 'netbird-ssh':
      return ok({ from, to, protocol: 'tcp', port: NETBIRD_SSH_PORT });
    case 'tcp':
    case 'udp':
      return ok({ from, to, protocol: row.protocol, port: firstPort(row.ports) });
    case 'icmp':
    case 'all':
      return ok({ from, to, protocol: row.protocol, port: null });
  }
}
