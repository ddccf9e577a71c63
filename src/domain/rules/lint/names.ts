import type { AccountIndex, IndexedResource, IndexedRouter } from '@/domain/account';
import type { SnapRoute } from '@/domain/snapshot';

/**
 * names: how findings name objects. Admins recognise names, not ids, so messages say
 * `network "Office"`, `route "office-lan" (192.168.50.0/24)`, `gw-1`; the ids travel in `refs`.
 * An object the account does not know is shown by its id.
 */

export const peerName = (index: AccountIndex, id: string): string => index.peers.get(id)?.name ?? id;

export const groupName = (index: AccountIndex, id: string): string => index.groups.get(id)?.name ?? id;

export const networkLabel = (index: AccountIndex, id: string): string => `network "${index.networks.get(id)?.name ?? id}"`;

export const resourceLabel = (r: Pick<IndexedResource, 'name' | 'address'>): string => `resource "${r.name}" (${r.address})`;

/** routeDestination: the CIDR, or the domains of a DNS route. */
export function routeDestination(route: Pick<SnapRoute, 'network' | 'domains' | 'network_type'>): string {
  const domains = route.domains ?? [];
  if (route.network_type === 'Domain' || domains.length > 0) return domains.join(', ');
  return route.network ?? '';
}

/** routeLabel: `route "office-lan" (192.168.50.0/24)`: the network identifier is the route's name in NetBird. */
export const routeLabel = (route: Pick<SnapRoute, 'network_id' | 'network' | 'domains' | 'network_type'>): string =>
  `route "${route.network_id}" (${routeDestination(route)})`;

/** routingPeerSpec: `gw-1`, or `peer group "routers"`: what a router or route names as its routing peer. */
export function routingPeerSpec(index: AccountIndex, target: { peer?: string | undefined; peer_groups?: readonly string[] | null | undefined }): string {
  const groups = target.peer_groups ?? [];
  if (target.peer !== undefined && target.peer !== '') return peerName(index, target.peer);
  if (groups.length === 0) return 'no routing peer';
  return `peer group${groups.length > 1 ? 's' : ''} ${joinList(groups.map((g) => `"${groupName(index, g)}"`), 'and')}`;
}

/** routerLabel: `the router gw-1 of network "Office"`, `the router for peer group "routers" of network "Office"`. */
export function routerLabel(index: AccountIndex, router: IndexedRouter): string {
  const byPeer = router.peer !== undefined && router.peer !== '';
  return `the router ${byPeer ? '' : 'for '}${routingPeerSpec(index, router)} of ${networkLabel(index, router.network_id)}`;
}

/**
 * joinList: "a", "a and b", "a, b and c"; beyond `max` items the rest is counted ("a, b and 3
 * more") so a finding about thousands of peers stays readable.
 */
export function joinList(items: readonly string[], conjunction: 'and' | 'or', max = 5): string {
  if (items.length > max) {
    return `${items.slice(0, max).join(', ')} ${conjunction} ${items.length - max} more`;
  }
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1] ?? ''}`;
}

/** peerList: peer names joined, e.g. "gw-1 and gw-2". */
export const peerList = (index: AccountIndex, ids: readonly string[], conjunction: 'and' | 'or' = 'and'): string =>
  joinList(ids.map((id) => peerName(index, id)), conjunction);

/** groupList: group names joined, e.g. "Engineers or Contractors". */
export const groupList = (index: AccountIndex, ids: readonly string[], conjunction: 'and' | 'or' = 'and'): string =>
  joinList(ids.map((id) => groupName(index, id)), conjunction);

export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** capitalize: a label at the start of a sentence ("Route ...", "Network ..."). */
export const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
