import { buildAccountIndex } from '@/domain/account';
import type { Snapshot } from '@/domain/snapshot';
import { lintExitNodes } from '../lint/exit-nodes';
import type { Finding } from '../lint/finding';

/**
 * exit-node-checks: the exit node editor's checklist. Each check is one linter family finding
 * (exit-node-missing-icmp-policy, exit-node-dns-leak, exit-node-masquerade-off) for this route,
 * with the finding's message and one-click fix when it fails; nothing is re-derived here.
 */

export type ExitNodeCheckCode = 'exit-node-missing-icmp-policy' | 'exit-node-dns-leak' | 'exit-node-masquerade-off';

export interface ExitNodeCheck {
  code: ExitNodeCheckCode;
  /** What passing means, shown whether or not it passes. */
  title: string;
  /** The failing finding (message, refs, fix), or null when the check passes. */
  finding: Finding | null;
}

/** EXIT_NODE_CHECK_TITLES: the checks in the order the docs list an exit node's needs. */
export const EXIT_NODE_CHECK_TITLES: Readonly<Record<ExitNodeCheckCode, string>> = {
  'exit-node-missing-icmp-policy': 'A policy allows at least ICMP from the distribution groups to the exit node',
  'exit-node-dns-leak': 'The distribution groups get a match-all nameserver group (no DNS location leak)',
  'exit-node-masquerade-off': 'Masquerade is on',
};

const ORDER: readonly ExitNodeCheckCode[] = ['exit-node-missing-icmp-policy', 'exit-node-dns-leak', 'exit-node-masquerade-off'];

/**
 * exitNodeChecks: the three checks for exit node `routeId` of `snapshot` (a draft already applied).
 * The route is checked as if enabled: a switched-off exit node is checked for what it will need
 * when it is switched on, rather than passing because the linter skips disabled routes.
 */
export function exitNodeChecks(snapshot: Snapshot, routeId: string): ExitNodeCheck[] {
  const routes = snapshot.routes.map((r) => (r.id === routeId && !r.enabled ? { ...r, enabled: true } : r));
  const findings = lintExitNodes(buildAccountIndex({ ...snapshot, routes }), { type: 'route', id: routeId });
  return ORDER.map((code) => ({
    code,
    title: EXIT_NODE_CHECK_TITLES[code],
    finding: findings.find((f) => f.code === code && f.refs[0]?.type === 'route' && f.refs[0].id === routeId) ?? null,
  }));
}
