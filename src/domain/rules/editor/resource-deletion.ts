import type { Snapshot } from '@/domain/snapshot';

/**
 * resource-deletion: what deleting network resources takes with it. NetBird removes a deleted
 * resource from its groups and from the policy rules that name it directly; a rule left with no
 * destination (or source) is deleted, and a policy left without rules too. Rules that reach it
 * through one of its groups stay but no longer reach it. The confirm dialog names all of these.
 */

export interface ResourceDeletionImpact {
  /** "Policy "Engineers to apps", rule "web"": rules that name the resource directly. */
  rulesLosingResource: string[];
  /** Policies deleted because every rule named only this resource. */
  policiesDeleted: string[];
  /** Rules that reach the resource through one of its groups (they stay, without it). */
  rulesThroughGroups: string[];
  /** Groups the resource leaves. */
  groups: string[];
}

const ruleLabel = (policy: string, rule: string) => (rule === '' || rule === policy ? `policy "${policy}"` : `policy "${policy}", rule "${rule}"`);

/** resourceDeletionImpact: for one or more resources deleted together. */
export function resourceDeletionImpact(s: Snapshot, resourceIds: readonly string[]): ResourceDeletionImpact {
  const ids = new Set(resourceIds);
  const groupIds = new Set<string>();
  const groups: string[] = [];
  for (const g of s.groups) {
    const member = g.resources.some((r) => ids.has(r.id));
    const viaResource = Object.values(s.network_resources).some((list) => list.some((r) => ids.has(r.id) && r.groups.some((x) => x.id === g.id)));
    if (member || viaResource) {
      groupIds.add(g.id);
      groups.push(g.name);
    }
  }
  const rulesLosingResource: string[] = [];
  const policiesDeleted: string[] = [];
  const rulesThroughGroups: string[] = [];
  for (const p of s.policies) {
    let remaining = p.rules.length;
    for (const r of p.rules) {
      const direct = (r.destinationResource != null && ids.has(r.destinationResource.id)) || (r.sourceResource != null && ids.has(r.sourceResource.id));
      if (direct) {
        rulesLosingResource.push(ruleLabel(p.name, r.name));
        const srcLeft = r.sources.length > 0 || (r.sourceResource != null && !ids.has(r.sourceResource.id));
        const dstLeft = r.destinations.length > 0 || (r.destinationResource != null && !ids.has(r.destinationResource.id));
        if (!srcLeft || !dstLeft) remaining -= 1;
      } else if (r.destinations.some((g) => groupIds.has(g.id)) || r.sources.some((g) => groupIds.has(g.id))) {
        rulesThroughGroups.push(ruleLabel(p.name, r.name));
      }
    }
    if (remaining === 0 && p.rules.length > 0) policiesDeleted.push(p.name);
  }
  return { rulesLosingResource, policiesDeleted, rulesThroughGroups, groups };
}
