import { peersOfGroup, type AccountIndex } from '@/domain/account';
import { ruleIndexOf } from '@/domain/access/rule-index';
import { isGroupNameAll } from '../validate/group';
import { finding, inScope, ref, type Finding, type LintScope } from './finding';

/**
 * policy-groups: an enabled policy whose rule names a group without peers or resources matches
 * nobody on that side, usually a leftover or a group not yet filled. The All group holds every
 * peer by definition and is never reported.
 */

/** groupIsEmpty: the group holds no peer and no resource (an unknown group is empty too). */
export function groupIsEmpty(index: AccountIndex, groupId: string): boolean {
  return peersOfGroup(index, groupId).size === 0 && (index.groupResources.get(groupId)?.size ?? 0) === 0;
}

const SIDES = ['source', 'destination'] as const;

/** lintPolicyGroups: policy-empty-group for every enabled rule of every enabled policy. */
export function lintPolicyGroups(index: AccountIndex, scope?: LintScope): Finding[] {
  const out: Finding[] = [];
  const seen = new Set<string>();
  for (const r of ruleIndexOf(index).rules) {
    if (scope?.type === 'policy' && scope.id !== r.policy.id) continue;
    for (const side of SIDES) {
      for (const g of side === 'source' ? r.sourceGroups : r.destinationGroups) {
        // almost every group has members: test that first, before building the de-duplication key
        if (!groupIsEmpty(index, g)) continue;
        const group = index.groups.get(g);
        if (group !== undefined && isGroupNameAll(group.name)) continue;
        const key = `${r.policy.id}\u0000${g}\u0000${side}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const what = group === undefined ? `group ${g}, which does not exist` : `group "${group.name}", which has no peers and no resources`;
        out.push(
          finding(
            'policy-empty-group',
            `Policy "${r.policy.name}" has ${what}, as a ${side}: that side of the rule matches nobody until the group is filled.`,
            [ref('policy', r.policy.id), ref('group', g)],
          ),
        );
      }
    }
  }
  return inScope(out, scope);
}
