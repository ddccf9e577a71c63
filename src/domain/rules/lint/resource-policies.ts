import { groupsOfResource, peersOfGroup, type AccountIndex } from '@/domain/account';
import { ruleIndexOf, type IndexedRule } from '@/domain/access/rule-index';
import type { DirectionRule } from '../explain/rule-direction';
import { finding, inScope, ref, type Finding, type LintScope } from './finding';
import { capitalize, groupList, networkLabel, resourceLabel } from './names';

/**
 * resource-policies: Networks deny by default, so an enabled resource that no enabled policy
 * targets is unreachable; and a rule towards resources is one-way whatever its bidirectional flag
 * says (a resource runs no agent and cannot open connections back), so the flag only misleads.
 */

/**
 * isResourceDestination: the rule's destination is a network resource, or groups that hold
 * resources and no peers. Such a rule lands in the routing peer's forward chain and is forced
 * one-way; the policy editor disables the bidirectional toggle for it.
 */
export function isResourceDestination(rule: Pick<DirectionRule, 'destinationResource' | 'destinations'>): boolean {
  const target = rule.destinationResource;
  if (target) return target.type !== 'peer';
  const groups = rule.destinations ?? [];
  return groups.some((g) => (g.resources_count ?? 0) > 0) && !groups.some((g) => (g.peers_count ?? 0) > 0);
}

/** destinationCounts: a rule's destination groups as the counts isResourceDestination reads. */
function destinationCounts(index: AccountIndex, r: IndexedRule): DirectionRule['destinations'] {
  return r.destinationGroups.map((g) => ({ peers_count: peersOfGroup(index, g).size, resources_count: index.groupResources.get(g)?.size ?? 0 }));
}

function bidirectionalFindings(index: AccountIndex): Finding[] {
  const out: Finding[] = [];
  for (const r of ruleIndexOf(index).rules) {
    if (!r.bidirectional) continue;
    if (!isResourceDestination({ destinationResource: r.rule.destinationResource, destinations: destinationCounts(index, r) })) continue;
    const ruleIndex = r.policy.rules.indexOf(r.rule);
    const named = r.rule.name !== '' && r.rule.name !== r.policy.name ? ` (rule "${r.rule.name}")` : '';
    out.push(
      finding(
        'bidirectional-resource-policy',
        `Policy "${r.policy.name}"${named} is bidirectional, but its destination is a network resource: resources have no agent and cannot open connections back, so the rule is forced one-way. Turn bidirectional off so the policy says what it does.`,
        [ref('policy', r.policy.id), ...(r.destinationResource !== null ? [ref('resource', r.destinationResource)] : r.destinationGroups.map((g) => ref('group', g)))],
        { kind: 'set-rule-bidirectional', policyId: r.policy.id, ruleIndex, ruleId: r.rule.id ?? null, value: false },
      ),
    );
  }
  return out;
}

function withoutPolicyFindings(index: AccountIndex, scope: LintScope | undefined): Finding[] {
  const groups = new Set<string>();
  const resources = new Set<string>();
  for (const r of ruleIndexOf(index).rules) {
    if (r.action !== 'accept') continue;
    for (const g of r.destinationGroups) groups.add(g);
    if (r.destinationResource !== null) resources.add(r.destinationResource);
  }
  const out: Finding[] = [];
  for (const res of index.resources.values()) {
    if (!res.enabled || resources.has(res.id)) continue;
    if (scope?.type === 'network' && scope.id !== res.network_id) continue;
    const ownGroups = groupsOfResource(index, res.id);
    let targeted = false;
    for (const g of ownGroups) if (groups.has(g)) targeted = true;
    if (targeted) continue;
    const own = [...ownGroups];
    const how = own.length > 0 ? `the resource or one of its groups (${groupList(index, own, 'or')})` : 'the resource';
    out.push(
      finding(
        'resource-without-policy',
        `${capitalize(resourceLabel(res))} of ${networkLabel(index, res.network_id)} is the destination of no enabled policy: Networks deny traffic until a policy permits it, so nobody can reach it. Add a policy with ${how} as destination.`,
        [ref('resource', res.id), ref('network', res.network_id), ...own.map((g) => ref('group', g))],
      ),
    );
  }
  return out;
}

/** lintResourcePolicies: resource-without-policy and bidirectional-resource-policy. */
export function lintResourcePolicies(index: AccountIndex, scope?: LintScope): Finding[] {
  return inScope([...withoutPolicyFindings(index, scope), ...bidirectionalFindings(index)], scope);
}
