/**
 * rule-direction: which way a policy rule lets connections open. A network resource runs no agent,
 * so it can never open a connection back through the overlay: a rule towards resources is one-way
 * whatever its `bidirectional` flag says (NetBird's UI disables the toggle for such rules). The
 * policy pages and the linter word the direction with this one function.
 */

/** DirectionRule: what the direction depends on; NetBird's PolicyRule fits. */
export interface DirectionRule {
  bidirectional: boolean;
  destinationResource?: { id: string; type: string } | null | undefined;
  /** Expanded destination groups; counts come with GroupMinimum in API responses. */
  destinations?: readonly { peers_count?: number | undefined; resources_count?: number | undefined }[] | null | undefined;
}

export type RuleDirectionKind = 'both-ways' | 'one-way' | 'resource-one-way' | 'mixed';

export interface RuleDirection {
  kind: RuleDirectionKind;
  text: string;
}

/** RESOURCE_REASON: why a rule towards resources is one-way; the policy editor shows it next to the disabled toggle. */
export const RESOURCE_REASON = 'resource destinations have no agent and cannot open connections back';

/** ruleDirection: the direction a rule really allows, with a sentence saying why when it differs from the flag. */
export function ruleDirection(rule: DirectionRule): RuleDirection {
  const target = rule.destinationResource;
  if (target && target.type !== 'peer') return { kind: 'resource-one-way', text: `One-way (${RESOURCE_REASON})` };
  const groups = rule.destinations ?? [];
  const resources = groups.some((g) => (g.resources_count ?? 0) > 0);
  const peers = target?.type === 'peer' || groups.some((g) => (g.peers_count ?? 0) > 0);
  if (!rule.bidirectional) return { kind: 'one-way', text: 'One-way (sources open connections to destinations)' };
  if (resources && !peers) return { kind: 'resource-one-way', text: `One-way (${RESOURCE_REASON})` };
  if (resources) return { kind: 'mixed', text: `Both ways between peers; one-way to network resources (${RESOURCE_REASON})` };
  return { kind: 'both-ways', text: 'Both ways (either side may open connections)' };
}
