/**
 * route-acl: the sentence for NetBird's "Network Routes default-allow caveat". A legacy route without
 * ACL groups installs no policy check on the routing peer's forward chain: every peer of its
 * distribution groups reaches the whole destination. The route list, the route page and the linter
 * all word it with this one function so the warning reads the same everywhere.
 */

/** AclRoute: the fields of a legacy route the sentence needs; NetBird's Route fits. */
export interface AclRoute {
  network?: string | undefined;
  domains?: readonly string[] | null | undefined;
  groups: readonly string[];
  access_control_groups?: readonly string[] | null | undefined;
}

/** routeHasAclGroups: false when the route grants its distribution groups unrestricted access. */
export function routeHasAclGroups(route: AclRoute): boolean {
  return (route.access_control_groups ?? []).length > 0;
}

/** routeDestinationText: "192.168.50.0/24", or the domains ("a.example.com and *.b.example"). */
export function routeDestinationText(route: Pick<AclRoute, 'network' | 'domains'>): string {
  const domains = route.domains ?? [];
  if (domains.length > 0) return joinList(domains, 'and');
  return route.network ?? 'its destination';
}

/**
 * routeAclWarning: "Every peer in Contractors gets unrestricted access to 192.168.50.0/24", or null
 * when the route has ACL groups. `groupName` maps ids to names; an unknown id is shown as is. A
 * peer in any one of the distribution groups is exposed, hence "or" between several groups.
 */
export function routeAclWarning(route: AclRoute, groupName: (id: string) => string | undefined): string | null {
  if (routeHasAclGroups(route)) return null;
  const names = route.groups.map((id) => groupName(id) ?? id);
  const who = names.length > 0 ? joinList(names, 'or') : 'its distribution groups';
  return `Every peer in ${who} gets unrestricted access to ${routeDestinationText(route)}`;
}

function joinList(items: readonly string[], conjunction: 'and' | 'or'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1] ?? ''}`;
}
