import { portInRanges } from '@/domain/net';
import type { IndexedRule } from './rule-index';

/**
 * packet-match: does a policy rule apply to a packet? One function for the input chain, the
 * forward chain and the access matrix, so the trace and the matrix cannot disagree.
 */

/** TraceProtocol: what a traced packet carries; `all` asks whether every kind of traffic is allowed. */
export type TraceProtocol = 'tcp' | 'udp' | 'icmp' | 'all';

export interface PacketSpec {
  protocol: TraceProtocol;
  /** Destination port for tcp/udp; null when not given (then only rules without ports match). */
  port: number | null;
}

/** NETBIRD_SSH_PORTS: a `netbird-ssh` rule opens NetBird's SSH server (22022) and the port-22 redirect to it. */
export const NETBIRD_SSH_PORTS = [22, 22022] as const;

/**
 * ruleMatchesPacket: a rule for `all` matches any packet; otherwise the protocols must be equal
 * (an `all` packet needs an `all` rule), and for tcp/udp a rule with ports needs the packet's
 * port inside one of them. Drop and accept rules match the same way.
 */
export function ruleMatchesPacket(rule: IndexedRule, packet: PacketSpec): boolean {
  switch (rule.protocol) {
    case 'all':
      return true;
    case 'netbird-ssh':
      return packet.protocol === 'tcp' && packet.port !== null && (NETBIRD_SSH_PORTS as readonly number[]).includes(packet.port);
    case 'icmp':
      return packet.protocol === 'icmp';
    case 'tcp':
    case 'udp':
      if (packet.protocol !== rule.protocol) return false;
      if (rule.ports === null) return true;
      return packet.port !== null && portInRanges(packet.port, rule.ports);
  }
}

/** describePacket: "tcp/443", "udp", "icmp", "all traffic". */
export function describePacket(packet: PacketSpec): string {
  if (packet.protocol === 'all') return 'all traffic';
  if (packet.protocol === 'icmp' || packet.port === null) return packet.protocol;
  return `${packet.protocol}/${packet.port}`;
}
