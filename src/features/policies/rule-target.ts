import type { Group } from '@/api';
import type { RuleFormValues } from './policy-form-schema';

/**
 * ruleTarget: the destination side of a rule being edited, in the shapes the domain functions
 * read: group ids (chains, companion) and groups with their member counts (direction). Only the
 * side the admin chose counts, as only that side is sent.
 */
export function ruleTarget(rule: Pick<RuleFormValues, 'destinationKind' | 'destinations' | 'destinationResource'>, groups: ReadonlyMap<string, Group>) {
  const byResource = rule.destinationKind === 'resource';
  const destinations = byResource ? [] : rule.destinations;
  return {
    destinations,
    destinationResource: byResource ? rule.destinationResource : null,
    counted: destinations.map((id) => groups.get(id) ?? { peers_count: 0, resources_count: 0 }),
  };
}
