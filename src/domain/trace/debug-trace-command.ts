import type { AccountIndex } from '@/domain/account';
import { parseIp } from '@/domain/net';
import { findPeer } from './find-peer';
import { parseDestination } from './parse-destination';
import type { TraceQuery } from './trace-packet';
import type { TraceResult } from './trace-result';

/**
 * debug-trace-command: the `netbird debug trace` command that checks the same packet against
 * the real firewall of the peer that decides it. Syntax as of NetBird's client/cmd/trace.go
 * (checked 2026-01): `netbird debug trace <in|out> <source-ip> <dest-ip> [-p tcp|udp|icmp]
 * [--dport N] [--sport N] [--syn|--ack|--fin|--rst|--psh|--urg] [--icmp-type N] [--icmp-code N]`;
 * it traces one protocol at a time and picks a random port when --dport is missing.
 */

/** Where to run it: the routing peer (packet arrives from the tunnel), the destination peer, or the client itself. */
export type DebugTraceHost = 'routing-peer' | 'destination-peer' | 'client';

export interface DebugTraceCommand {
  /** The peer to run the command on. */
  peer_id: string;
  host: DebugTraceHost;
  direction: 'in' | 'out';
  command: string;
  /** What the command cannot know or had to approximate, to fill in or bear in mind; empty when exact. */
  notes: string[];
}

function firstIp(answers: readonly string[]): string | null {
  for (const a of answers) {
    const ip = parseIp(a);
    if (ip.ok) return ip.value.text;
  }
  return null;
}

/**
 * debugTraceCommand: the command for a trace, or null when the query names no source or no
 * parsable destination. The peer that decides is the routing peer (inbound from the tunnel), the
 * destination peer for peer to peer, else the client (outbound) when no routing peer was reached.
 */
export function debugTraceCommand(index: AccountIndex, query: TraceQuery, result: TraceResult): DebugTraceCommand | null {
  const source = findPeer(index, query.from);
  const dest = parseDestination(index, query.to);
  if (source === null || !dest.ok) return null;
  const notes: string[] = [];

  const { target } = dest.value;
  let destIp: string;
  if (target.kind === 'ip') destIp = target.ip.text;
  else {
    const answer = firstIp(result.dns?.answers ?? []);
    if (answer === null) notes.push(`${target.name} did not resolve here: replace <IP-of-${target.name}> with the address it resolves to`);
    destIp = answer ?? `<IP-of-${target.name}>`;
  }
  const v6 = destIp.includes(':');
  const sourceIp = v6 && source.ipv6 ? source.ipv6 : source.ip;

  let peerId: string;
  let host: DebugTraceHost;
  if (result.routing_peer !== null) {
    peerId = result.routing_peer;
    host = 'routing-peer';
  } else if (result.path.kind === 'peer' && result.path.id !== null && result.path.id !== source.id) {
    peerId = result.path.id;
    host = 'destination-peer';
  } else {
    peerId = source.id;
    host = 'client';
  }
  const direction = host === 'client' ? 'out' : 'in';

  const port = query.port ?? dest.value.port;
  const protocol = query.protocol ?? (port !== null ? 'tcp' : 'all');
  const flags: string[] = [];
  switch (protocol) {
    case 'icmp':
      // Echo request, what ping sends.
      flags.push('-p icmp', '--icmp-type 8', '--icmp-code 0');
      break;
    case 'all':
    case 'tcp':
    case 'udp': {
      const p = protocol === 'all' ? 'tcp' : protocol;
      if (protocol === 'all') notes.push('netbird debug trace tests one protocol (tcp, udp or icmp) at a time: this one uses tcp; change -p to the protocol you care about');
      flags.push(`-p ${p}`);
      if (port !== null) flags.push(`--dport ${port}`);
      else notes.push('no destination port given: add --dport PORT, otherwise the command picks a random one');
      // A new connection's first packet.
      if (p === 'tcp') flags.push('--syn');
      break;
    }
  }
  const command = ['netbird debug trace', direction, sourceIp, destIp, ...flags].join(' ');
  return { peer_id: peerId, host, direction, command, notes };
}
