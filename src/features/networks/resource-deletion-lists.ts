import type { AffectedList } from '@/components/form';
import type { ResourceDeletionImpact } from '@/domain/rules/editor/resource-deletion';

/** resourceDeletionLists: a deletion's cascade as the confirm dialog lists it. */
export function resourceDeletionLists(impact: ResourceDeletionImpact): AffectedList[] {
  return [
    { label: 'Policy rules that lose this resource', items: impact.rulesLosingResource },
    { label: 'Policies deleted because nothing would be left in them', items: impact.policiesDeleted },
    { label: 'Policy rules that reach it through its groups (they stay, without it)', items: impact.rulesThroughGroups },
    { label: 'Groups it leaves', items: impact.groups },
  ];
}
