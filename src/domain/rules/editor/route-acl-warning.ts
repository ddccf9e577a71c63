import { routeAclWarning, type AclRoute } from '../explain/route-acl';
import { routeHasNoAcl } from '../lint/route-acl';

/**
 * route-acl-warning: the route editors' strong warning. Whether to warn is the linter's
 * route-without-acl-groups predicate (no ACL groups, not an exit node); the sentence is the one
 * the route list, the route page and the linter share ("Every peer in Contractors gets
 * unrestricted access to 192.168.50.0/24"). Null when the route is restricted.
 */
export function routeAclEditorWarning(route: AclRoute, groupName: (id: string) => string | undefined): string | null {
  return routeHasNoAcl(route) ? routeAclWarning(route, groupName) : null;
}
