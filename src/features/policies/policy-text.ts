import type { Policy, PolicyProtocol, PolicyRule } from '@/api';
import { assertNever } from '@/domain/assert-never';

/**
 * policy-text: how the policy pages word protocols, ports and a rule's two sides. Plain strings,
 * so list cells, search and detail pages say the same thing.
 */

/** protocolLabel: the protocol as admins write it (TCP, UDP, ICMP, NetBird SSH, All). */
export function protocolLabel(p: PolicyProtocol): string {
  switch (p) {
    case 'all':
      return 'All';
    case 'tcp':
      return 'TCP';
    case 'udp':
      return 'UDP';
    case 'icmp':
      return 'ICMP';
    case 'netbird-ssh':
      return 'NetBird SSH';
    default:
      return assertNever(p);
  }
}

/**
 * portsText: "22, 443, 8000–8999"; "All ports" for TCP/UDP rules without ports; "—" where ports do
 * not apply (all protocols, ICMP).
 */
export function portsText(rule: Pick<PolicyRule, 'protocol' | 'ports' | 'port_ranges'>): string {
  const parts = [...(rule.ports ?? []), ...(rule.port_ranges ?? []).map((r) => (r.start === r.end ? `${r.start}` : `${r.start}–${r.end}`))];
  if (parts.length > 0) return parts.join(', ');
  return rule.protocol === 'tcp' || rule.protocol === 'udp' || rule.protocol === 'netbird-ssh' ? 'All ports' : '—';
}

/** policyProtocols: the distinct protocols of a policy's rules, in rule order ("TCP, UDP"). */
export function policyProtocols(policy: Pick<Policy, 'rules'>): string[] {
  return [...new Set(policy.rules.map((r) => protocolLabel(r.protocol)))];
}

