import type { SnapRoute } from '@/domain/snapshot';

/**
 * routes-by-group: the enabled legacy routes filed by the groups that can give a group an access
 * entry to them: routes without ACL groups by their distribution groups, routes with ACL groups by
 * those. A query for one group (the access diff asks for a few at a time) then visits the handful
 * of routes that concern it instead of all of them (an XL account has a thousand). Cached per route
 * list, so a draft that leaves the routes alone shares the filing with the account it came from.
 */
export interface RoutesByGroup {
  /** Enabled routes without ACL groups, by distribution group. */
  byDistributionGroup: ReadonlyMap<string, readonly SnapRoute[]>;
  /** Enabled routes with ACL groups, by ACL group. */
  byAclGroup: ReadonlyMap<string, readonly SnapRoute[]>;
  /** Each route's position in the account, to visit routes in account order. */
  position: ReadonlyMap<SnapRoute, number>;
}

const cache = new WeakMap<readonly SnapRoute[], RoutesByGroup>();

function file(m: Map<string, SnapRoute[]>, keys: readonly string[], route: SnapRoute): void {
  for (const k of new Set(keys)) {
    const list = m.get(k);
    if (list === undefined) m.set(k, [route]);
    else list.push(route);
  }
}

export function routesByGroup(routes: readonly SnapRoute[]): RoutesByGroup {
  let filed = cache.get(routes);
  if (filed === undefined) {
    const byDistributionGroup = new Map<string, SnapRoute[]>();
    const byAclGroup = new Map<string, SnapRoute[]>();
    const position = new Map<SnapRoute, number>();
    routes.forEach((route, i) => {
      position.set(route, i);
      if (!route.enabled) return;
      const acl = route.access_control_groups ?? [];
      if (acl.length === 0) file(byDistributionGroup, route.groups, route);
      else file(byAclGroup, acl, route);
    });
    filed = { byDistributionGroup, byAclGroup, position };
    cache.set(routes, filed);
  }
  return filed;
}

/**
 * routesConcerning: the enabled routes that can give group `groupId` an entry, in account order:
 * those it is a distribution group of (without ACL groups), and those with an ACL group that a
 * rule from the group names (`aclReach`).
 */
export function routesConcerning(routes: readonly SnapRoute[], groupId: string, aclReach: ReadonlySet<string>): SnapRoute[] {
  const filed = routesByGroup(routes);
  const found = new Set(filed.byDistributionGroup.get(groupId));
  for (const g of aclReach) for (const r of filed.byAclGroup.get(g) ?? []) found.add(r);
  const at = (r: SnapRoute) => filed.position.get(r) ?? 0;
  return [...found].sort((a, b) => at(a) - at(b));
}
