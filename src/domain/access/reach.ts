import { parsePortRange, type PortRange } from '@/domain/net';
import type { SnapProtocol } from '@/domain/snapshot';
import { NETBIRD_SSH_PORTS } from './packet-match';

/**
 * reach: the traffic a set of access grants admits, as sets per protocol, so two sides of a change
 * compare by what they let through rather than by how the rules happen to be written: tcp/22 and
 * tcp/443 in two rules equal tcp/22,443 in one, and narrowing `all` to tcp/443 loses udp, icmp and
 * the other IP protocols, not "all" in exchange for something new. A `netbird-ssh` grant is TCP 22
 * and 22022, as the packet matcher treats it.
 */
export interface Reach {
  /** Merged, sorted, non-overlapping. */
  readonly tcp: readonly PortRange[];
  readonly udp: readonly PortRange[];
  readonly icmp: boolean;
  /** Every IP protocol besides TCP, UDP and ICMP: only an `all` grant admits them. */
  readonly other: boolean;
}

/** ReachProtocol: how a part of a Reach is named; `all` stands for every protocol and port at once. */
export type ReachProtocol = 'all' | 'tcp' | 'udp' | 'icmp' | 'other';

/** AccessGrant: one readable part of a Reach, e.g. tcp ["22", "8000-8100"]; empty ports mean every port. */
export interface AccessGrant {
  protocol: ReachProtocol;
  ports: string[];
}

const MIN_PORT = 1;
const MAX_PORT = 65535;
const EVERY_PORT: readonly PortRange[] = [{ start: MIN_PORT, end: MAX_PORT }];

export const NO_REACH: Reach = { tcp: [], udp: [], icmp: false, other: false };
export const FULL_REACH: Reach = { tcp: EVERY_PORT, udp: EVERY_PORT, icmp: true, other: true };

/** mergeRanges: sorted, with overlapping and adjacent ranges joined. */
export function mergeRanges(ranges: readonly PortRange[]): PortRange[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const out: PortRange[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && r.start <= last.end + 1) out[out.length - 1] = { start: last.start, end: Math.max(last.end, r.end) };
    else out.push({ start: r.start, end: r.end });
  }
  return out;
}

/** subtractRanges: the ports of `a` not in `b` (both merged). */
function subtractRanges(a: readonly PortRange[], b: readonly PortRange[]): PortRange[] {
  const out: PortRange[] = [];
  for (const r of a) {
    let start = r.start;
    for (const cut of b) {
      if (cut.end < start || cut.start > r.end) continue;
      if (cut.start > start) out.push({ start, end: cut.start - 1 });
      start = cut.end + 1;
      if (start > r.end) break;
    }
    if (start <= r.end) out.push({ start, end: r.end });
  }
  return out;
}

/** grantPorts: the ranges of a grant's port texts; none means every port. Unparsable texts are skipped (the linter reports them). */
function grantPorts(ports: readonly string[]): readonly PortRange[] {
  if (ports.length === 0) return EVERY_PORT;
  const ranges: PortRange[] = [];
  for (const p of ports) {
    const r = parsePortRange(p);
    if (r.ok) ranges.push(r.value);
  }
  return mergeRanges(ranges);
}

/** reachOfGrant: what one access entry (protocol and port texts) admits. */
export function reachOfGrant(protocol: SnapProtocol, ports: readonly string[]): Reach {
  switch (protocol) {
    case 'all':
      return FULL_REACH;
    // object literals rather than spreads of NO_REACH: every Reach has one shape
    case 'tcp':
      return { tcp: grantPorts(ports), udp: [], icmp: false, other: false };
    case 'udp':
      return { tcp: [], udp: grantPorts(ports), icmp: false, other: false };
    case 'icmp':
      return { tcp: [], udp: [], icmp: true, other: false };
    case 'netbird-ssh':
      return { tcp: mergeRanges(NETBIRD_SSH_PORTS.map((p) => ({ start: p, end: p }))), udp: [], icmp: false, other: false };
  }
}

export function unionReach(a: Reach, b: Reach): Reach {
  return { tcp: mergeRanges([...a.tcp, ...b.tcp]), udp: mergeRanges([...a.udp, ...b.udp]), icmp: a.icmp || b.icmp, other: a.other || b.other };
}

/** subtractReach: what `a` admits and `b` does not. */
export function subtractReach(a: Reach, b: Reach): Reach {
  return { tcp: subtractRanges(a.tcp, b.tcp), udp: subtractRanges(a.udp, b.udp), icmp: a.icmp && !b.icmp, other: a.other && !b.other };
}

export function isEmptyReach(r: Reach): boolean {
  return r.tcp.length === 0 && r.udp.length === 0 && !r.icmp && !r.other;
}

export function reachOverlaps(a: Reach, b: Reach): boolean {
  return !isEmptyReach(subtractReach(a, subtractReach(a, b)));
}

const isEveryPort = (ranges: readonly PortRange[]): boolean => ranges.length === 1 && ranges[0]?.start === MIN_PORT && ranges[0].end === MAX_PORT;

const portTexts = (ranges: readonly PortRange[]): string[] => (isEveryPort(ranges) ? [] : ranges.map((r) => (r.start === r.end ? String(r.start) : `${r.start}-${r.end}`)));

/** reachGrants: a Reach in words-ready parts: one `all` grant when it admits everything, else one per protocol. */
export function reachGrants(r: Reach): AccessGrant[] {
  if (r.icmp && r.other && isEveryPort(r.tcp) && isEveryPort(r.udp)) return [{ protocol: 'all', ports: [] }];
  const out: AccessGrant[] = [];
  if (r.tcp.length > 0) out.push({ protocol: 'tcp', ports: portTexts(r.tcp) });
  if (r.udp.length > 0) out.push({ protocol: 'udp', ports: portTexts(r.udp) });
  if (r.icmp) out.push({ protocol: 'icmp', ports: [] });
  if (r.other) out.push({ protocol: 'other', ports: [] });
  return out;
}

/** describeGrant: "tcp 22, 8000-8100", "udp (every port)", "icmp", "all traffic", "other IP protocols". */
export function describeGrant(g: AccessGrant): string {
  switch (g.protocol) {
    case 'all':
      return 'all traffic';
    case 'icmp':
      return 'icmp';
    case 'other':
      return 'other IP protocols';
    case 'tcp':
    case 'udp':
      return g.ports.length === 0 ? `${g.protocol} (every port)` : `${g.protocol} ${g.ports.join(', ')}`;
  }
}
