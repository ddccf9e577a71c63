import { describeRule, type IndexedRule } from '@/domain/access/rule-index';
import { NETBIRD_SSH_PORTS } from '@/domain/access/packet-match';
import { assertNever } from '@/domain/assert-never';
import type { PortRange } from '@/domain/net';

/**
 * rule-text: how a policy rule reads in nft: its protocol and ports as match expressions, and the
 * comment naming the policy (and rule) that produced the line.
 */

const portText = (r: PortRange): string => (r.start === r.end ? `${r.start}` : `${r.start}-${r.end}`);

function portsMatch(proto: 'tcp' | 'udp', ports: readonly PortRange[]): string {
  const list = ports.map(portText);
  return list.length === 1 ? `${proto} dport ${list[0]}` : `${proto} dport { ${list.join(', ')} }`;
}

/** protocolMatch: the expressions for the rule's protocol and ports (none for `all`). */
export function protocolMatch(rule: IndexedRule): string[] {
  switch (rule.protocol) {
    case 'all':
      return [];
    case 'icmp':
      return ['meta l4proto { icmp, ipv6-icmp }'];
    case 'netbird-ssh':
      return [portsMatch('tcp', NETBIRD_SSH_PORTS.map((p) => ({ start: p, end: p })))];
    case 'tcp':
    case 'udp':
      return rule.ports === null ? [`meta l4proto ${rule.protocol}`] : [portsMatch(rule.protocol, rule.ports)];
    default:
      return assertNever(rule.protocol);
  }
}

/** ruleComment: `policy 'Engineers to Office LAN' (pol-office, rule 'Office LAN')` plus what it is for. */
export function ruleComment(rule: IndexedRule, forWhat: string): string {
  return `${describeRule(rule)}${forWhat === '' ? '' : ` ${forWhat}`}`;
}

/** dropFirst: drop rules before accept rules, each in account order (the order the agent enforces). */
export function dropFirst(rules: readonly IndexedRule[]): IndexedRule[] {
  return [...rules].sort((a, b) => actionRank(a) - actionRank(b) || a.order - b.order);
}

/** actionRank: 0 for drop, 1 for accept. */
export const actionRank = (rule: IndexedRule): number => (rule.action === 'drop' ? 0 : 1);
