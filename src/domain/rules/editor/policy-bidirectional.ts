import { RESOURCE_REASON, type DirectionRule } from '../explain/rule-direction';
import { isResourceDestination } from '../lint/resource-policies';

/**
 * policy-bidirectional: whether the policy editor may offer the bidirectional toggle for a rule.
 * The decision is the linter's `isResourceDestination` (a resource, or groups holding only
 * resources): such a rule is forced one-way, so the toggle is disabled and off, with the reason in
 * the words of `ruleDirection`. Destination groups mixing peers and resources keep the toggle and
 * get a note: the flag then applies between peers only.
 */

export type BidirectionalVerdict =
  | { kind: 'allowed' }
  | { kind: 'allowed-mixed'; note: string }
  | { kind: 'forced-one-way'; reason: string };

/** BIDIRECTIONAL_DISABLED_REASON: the sentence shown next to the disabled toggle. */
export const BIDIRECTIONAL_DISABLED_REASON = `Always one-way: ${RESOURCE_REASON} through the overlay.`;

export const MIXED_DESTINATION_NOTE = `These destination groups hold both peers and network resources. Bidirectional applies between peers only; towards the resources the rule stays one-way (${RESOURCE_REASON}), and that traffic passes the routing peers' forward chain.`;

/** bidirectionalVerdict: allowed, allowed with the mixed-destination note, or forced one-way with the reason. */
export function bidirectionalVerdict(rule: Pick<DirectionRule, 'destinationResource' | 'destinations'>): BidirectionalVerdict {
  if (isResourceDestination(rule)) return { kind: 'forced-one-way', reason: BIDIRECTIONAL_DISABLED_REASON };
  if (rule.destinationResource) return { kind: 'allowed' };
  const groups = rule.destinations ?? [];
  const hasResources = groups.some((g) => (g.resources_count ?? 0) > 0);
  const hasPeers = groups.some((g) => (g.peers_count ?? 0) > 0);
  return hasResources && hasPeers ? { kind: 'allowed-mixed', note: MIXED_DESTINATION_NOTE } : { kind: 'allowed' };
}
