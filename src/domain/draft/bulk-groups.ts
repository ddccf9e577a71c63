import type { PolicyRequestDraft } from './policy';
import type { RouteDraftValues } from './route';

/**
 * bulk-groups: the "add a group" bulk edits for objects that refer to groups rather than belong to
 * them. Policies and routes are not group members in NetBird, but the common bulk change an admin
 * makes to them is the same: let one more group in.
 */

const union = (current: readonly string[], added: readonly string[]) => [...new Set([...current, ...added])];

/**
 * withSourceGroups: every rule of the policy also admits these source groups. A rule whose source
 * is a resource keeps it: NetBird takes either groups or one resource as a rule's source, never both.
 */
export function withSourceGroups(policy: PolicyRequestDraft, groupIds: readonly string[]): PolicyRequestDraft {
  return {
    ...policy,
    rules: policy.rules.map((rule) => (rule.sourceResource ? rule : { ...rule, sources: union(rule.sources, groupIds) })),
  };
}

/** RouteGroupRole: which groups of a route the bulk edit extends. */
export type RouteGroupRole = 'groups' | 'access_control_groups';

/** withRouteGroups: the route with these groups added as distribution groups or as ACL groups. */
export function withRouteGroups(route: RouteDraftValues, role: RouteGroupRole, groupIds: readonly string[]): RouteDraftValues {
  return { ...route, [role]: union(route[role] ?? [], groupIds) };
}
