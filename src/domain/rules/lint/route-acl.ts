import type { AccountIndex } from '@/domain/account';
import type { SnapRoute } from '@/domain/snapshot';
import { routeAclWarning, routeHasAclGroups } from '../explain/route-acl';
import { exitNodeRoute } from './exit-node-route';
import { finding, inScope, ref, type Finding, type LintScope } from './finding';
import { capitalize, routeLabel } from './names';

/**
 * route-acl: the docs' "Network Routes default-allow caveat". A legacy route without ACL groups
 * installs no policy check in the routing peer's forward chain, so every peer in its distribution
 * groups reaches the whole destination CIDR or domain list. Exit nodes are exempt: their ACL is
 * the policy to the routing peer, and the internet is the destination by design.
 */

/** routeHasNoAcl: the route grants its distribution groups unrestricted access (no ACL groups, not an exit node). */
export function routeHasNoAcl(route: Pick<SnapRoute, 'network' | 'domains' | 'groups' | 'access_control_groups'>): boolean {
  return !routeHasAclGroups(route) && !exitNodeRoute(route);
}

/** lintRouteAcl: route-without-acl-groups for every enabled legacy route. */
export function lintRouteAcl(index: AccountIndex, scope?: LintScope): Finding[] {
  const out: Finding[] = [];
  for (const route of index.snapshot.routes) {
    if (!route.enabled || !routeHasNoAcl(route)) continue;
    if (scope?.type === 'route' && scope.id !== route.id) continue;
    // The same sentence the route editors and lists show, so the Review page and the editor agree.
    const exposed = routeAclWarning(route, (id) => index.groups.get(id)?.name) ?? '';
    out.push(
      finding(
        'route-without-acl-groups',
        `${capitalize(routeLabel(route))} has no ACL groups. ${exposed}. Set ACL groups on the route, or use a Network, which denies traffic until a policy permits it.`,
        [ref('route', route.id), ...route.groups.map((g) => ref('group', g))],
      ),
    );
  }
  return inScope(out, scope);
}
