import type { AccountIndex } from '@/domain/account';
import type { Finding } from '../lint/finding';
import { lintResourcePolicies } from '../lint/resource-policies';
import { lintRoutingPeerPresence } from '../lint/routing-peer-presence';

/**
 * default-deny: Networks deny traffic until a policy permits it, and route nothing without a
 * routing peer. The network page explains this with the resources nobody can reach and why; the
 * reasons are the linter's findings (resource-without-policy, network-without-routing-peer), so
 * the page and the Review list say the same thing.
 */

export type UnreachableReason = 'no-policy' | 'no-routing-peer';

export interface UnreachableResource {
  id: string;
  name: string;
  address: string;
  reasons: UnreachableReason[];
}

export interface DefaultDenyReport {
  /** Enabled resources nobody can reach, in network order. */
  unreachable: UnreachableResource[];
  /** The linter findings behind the report (their messages say what to do). */
  findings: Finding[];
}

/** defaultDenyReport: which enabled resources of the network nobody can reach, and why. */
export function defaultDenyReport(index: AccountIndex, networkId: string): DefaultDenyReport {
  const scope = { type: 'network', id: networkId } as const;
  const findings = [
    ...lintResourcePolicies(index, scope).filter((f) => f.code === 'resource-without-policy'),
    ...lintRoutingPeerPresence(index, scope).filter((f) => f.code === 'network-without-routing-peer'),
  ];
  const reasons = new Map<string, UnreachableReason[]>();
  const add = (id: string, reason: UnreachableReason) => {
    const list = reasons.get(id) ?? [];
    if (!list.includes(reason)) list.push(reason);
    reasons.set(id, list);
  };
  for (const f of findings) {
    const reason: UnreachableReason = f.code === 'resource-without-policy' ? 'no-policy' : 'no-routing-peer';
    for (const r of f.refs) if (r.type === 'resource') add(r.id, reason);
  }
  const unreachable = (index.resourcesOfNetwork.get(networkId) ?? [])
    .filter((r) => reasons.has(r.id))
    .map((r) => ({ id: r.id, name: r.name, address: r.address, reasons: reasons.get(r.id) ?? [] }));
  return { unreachable, findings };
}
