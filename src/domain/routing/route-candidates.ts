import { isPeerOnline, routingPeerIds, type AccountIndex, type IndexedRouter } from '@/domain/account';
import type { SnapRoute } from '@/domain/snapshot';
import type { CandidateStatus, RoutingCandidate } from './choose-routing-peer';

/**
 * route-candidates: the routing peers that may carry one route for one client, with the link
 * state the choice needs. The static state comes from the snapshot's lab (online, latency from
 * the client); a caller such as the simulator overrides it per link.
 */

/** RoutingPeerOption: one distinct peer able to carry the route, and the router or route that makes it one. */
export interface RoutingPeerOption {
  peerId: string;
  metric: number;
  masquerade: boolean;
  via: { kind: 'router'; router: IndexedRouter } | { kind: 'route'; route: SnapRoute };
}

/** LinkState: what the client knows about its connection to one routing peer; unset fields come from the lab. */
export interface LinkState {
  status?: CandidateStatus | undefined;
  relayed?: boolean | undefined;
  latency_ms?: number | null | undefined;
  latency_noise_ms?: number | null | undefined;
  degraded_for_s?: number | null | undefined;
}

/** addOption keeps one option per peer: the lowest metric (a peer named by two routers counts once). */
function addOption(byPeer: Map<string, RoutingPeerOption>, option: RoutingPeerOption): void {
  const prev = byPeer.get(option.peerId);
  if (prev === undefined || option.metric < prev.metric) byPeer.set(option.peerId, option);
}

/** networkRoutingOptions: the peers behind a network's enabled routers, except the client itself. */
export function networkRoutingOptions(index: AccountIndex, networkId: string, clientId: string): RoutingPeerOption[] {
  const byPeer = new Map<string, RoutingPeerOption>();
  for (const router of index.routersOfNetwork.get(networkId) ?? []) {
    if (!router.enabled) continue;
    for (const peerId of routingPeerIds(index, router)) {
      if (peerId !== clientId) addOption(byPeer, { peerId, metric: router.metric, masquerade: router.masquerade, via: { kind: 'router', router } });
    }
  }
  return [...byPeer.values()];
}

/** routeRoutingOptions: the peers of an HA set of legacy routes, except the client itself. */
export function routeRoutingOptions(index: AccountIndex, routes: readonly SnapRoute[], clientId: string): RoutingPeerOption[] {
  const byPeer = new Map<string, RoutingPeerOption>();
  for (const route of routes) {
    for (const peerId of routingPeerIds(index, route)) {
      if (peerId !== clientId) addOption(byPeer, { peerId, metric: route.metric, masquerade: route.masquerade, via: { kind: 'route', route } });
    }
  }
  return [...byPeer.values()];
}

/** labLatency: the lab's latency between two peers, measured from either side; null when unknown. */
export function labLatency(index: AccountIndex, from: string, to: string): number | null {
  return index.lab(from).latency_ms?.[to] ?? index.lab(to).latency_ms?.[from] ?? null;
}

/**
 * candidateFor: the choice's view of one option. Statically an online peer is connected and
 * direct, an offline one is still connecting (never chosen); `link` overrides any of it.
 */
export function candidateFor(index: AccountIndex, clientId: string, option: RoutingPeerOption, link: LinkState = {}): RoutingCandidate {
  return {
    id: option.peerId,
    metric: option.metric,
    status: link.status ?? (isPeerOnline(index, option.peerId) ? 'connected' : 'connecting'),
    relayed: link.relayed ?? false,
    latency_ms: link.latency_ms !== undefined ? link.latency_ms : labLatency(index, clientId, option.peerId),
    latency_noise_ms: link.latency_noise_ms ?? null,
    degraded_for_s: link.degraded_for_s ?? null,
  };
}
