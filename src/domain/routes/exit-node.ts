import { isDefaultRoute, parseCidr } from '../net';

/**
 * exit-node: a legacy route whose network is a default route (0.0.0.0/0 or ::/0) turns its routing
 * peer into an exit node. The console lists those apart from the other network routes because they
 * behave differently (Auto apply, IPv6 blocked, internet-bound traffic), so the split is one rule.
 */
export function isExitNodeRoute(route: { network?: string | null | undefined; domains?: readonly string[] | null | undefined }): boolean {
  if ((route.domains ?? []).length > 0 || !route.network) return false;
  const cidr = parseCidr(route.network);
  return cidr.ok && isDefaultRoute(cidr.value);
}
