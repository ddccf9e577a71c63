import type { Network, NetworkRouter, Peer, Route } from '@/api';
import { isDefaultRoute, parseCidr } from '@/domain/net';

/** How a peer got a routing role: named itself, or as a member of a peer group. */
export type RoleVia = { kind: 'peer' } | { kind: 'groups'; groupNames: string[] };

export interface NetworkRole {
  routerId: string;
  networkId: string | undefined;
  networkName: string;
  via: RoleVia;
  metric: number;
  masquerade: boolean;
  enabled: boolean;
}

export interface RouteRole {
  routeId: string;
  networkId: string;
  /** The prefix, or the domains of a domain route. */
  destination: string;
  exitNode: boolean;
  via: RoleVia;
  metric: number;
  masquerade: boolean;
  enabled: boolean;
}

/** A router as GET /api/networks/routers lists it: NetBird adds the id of its network. */
export type AccountRouter = NetworkRouter & { network_id?: string | undefined };

function viaFor(
  peer: Pick<Peer, 'id' | 'groups'>,
  target: { peer?: string | undefined; peer_groups?: string[] | null | undefined },
): RoleVia | null {
  if (target.peer) return target.peer === peer.id ? { kind: 'peer' } : null;
  const wanted = new Set(target.peer_groups ?? []);
  const matched = peer.groups.filter((g) => wanted.has(g.id)).map((g) => g.name);
  return matched.length > 0 ? { kind: 'groups', groupNames: matched } : null;
}

function isExitNode(network: string | undefined): boolean {
  if (!network) return false;
  const parsed = parseCidr(network);
  return parsed.ok && isDefaultRoute(parsed.value);
}

/**
 * routingRoles: where a peer routes, computed from the account's routers and legacy routes (the
 * API has no "what does this peer serve" call). A router or route names one peer or peer groups;
 * the peer serves it when it is that peer or a member of one of the groups. A router without
 * `network_id` (older servers) is matched to its network through the network's router ids.
 */
export function routingRoles(
  peer: Pick<Peer, 'id' | 'groups'>,
  routers: readonly AccountRouter[],
  networks: readonly Network[],
  routes: readonly Route[],
): { networks: NetworkRole[]; routes: RouteRole[] } {
  const networkById = new Map(networks.map((n) => [n.id, n]));
  const networkOfRouter = new Map<string, Network>();
  for (const n of networks) for (const r of n.routers) networkOfRouter.set(r, n);

  const networkRoles: NetworkRole[] = [];
  for (const router of routers) {
    const via = viaFor(peer, router);
    if (!via) continue;
    const network = (router.network_id ? networkById.get(router.network_id) : undefined) ?? networkOfRouter.get(router.id);
    networkRoles.push({
      routerId: router.id,
      networkId: network?.id ?? router.network_id,
      networkName: network?.name ?? router.network_id ?? 'Unknown network',
      via,
      metric: router.metric,
      masquerade: router.masquerade,
      enabled: router.enabled,
    });
  }

  const routeRoles: RouteRole[] = [];
  for (const route of routes) {
    const via = viaFor(peer, route);
    if (!via) continue;
    routeRoles.push({
      routeId: route.id,
      networkId: route.network_id,
      destination: route.network ?? (route.domains ?? []).join(', '),
      exitNode: isExitNode(route.network),
      via,
      metric: route.metric,
      masquerade: route.masquerade,
      enabled: route.enabled,
    });
  }

  networkRoles.sort((a, b) => a.networkName.localeCompare(b.networkName));
  routeRoles.sort((a, b) => a.networkId.localeCompare(b.networkId));
  return { networks: networkRoles, routes: routeRoles };
}
