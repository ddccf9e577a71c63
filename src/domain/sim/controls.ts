import { routingPeerIds, type AccountIndex } from '@/domain/account';
import { networkRoutingOptions, routeRoutingOptions } from '@/domain/routing/route-candidates';
import { clientRoutes, newRouteCache } from './client-routes';
import type { SimWorld } from './prepare';
import type { LinkEvent, PeerEvent, SimEvent, SimScenario } from './scenario';
import { linkView, peerOnline } from './sim-lab';

/**
 * controls: the Simulator page's buttons on a routing peer (stop, start, make relayed, add
 * latency) as scenario events at the current time. Link changes go to every client that can
 * pick the peer, since a link is between two peers.
 */

/** RoutingPeerEntry: a routing peer and what makes it one (network names, route ids). */
export interface RoutingPeerEntry {
  peerId: string;
  serves: string[];
}

/** routingPeerList: every peer named by an enabled router or route, in account peer order. */
export function routingPeerList(index: AccountIndex): RoutingPeerEntry[] {
  const serves = new Map<string, string[]>();
  const add = (peerId: string, what: string) => {
    const list = serves.get(peerId) ?? [];
    if (!list.includes(what)) list.push(what);
    serves.set(peerId, list);
  };
  for (const r of index.routers.values()) if (r.enabled) for (const p of routingPeerIds(index, r)) add(p, index.networks.get(r.network_id)?.name ?? r.network_id);
  for (const r of index.snapshot.routes) if (r.enabled) for (const p of routingPeerIds(index, r)) add(p, r.network_id);
  return index.snapshot.peers.flatMap((p) => {
    const s = serves.get(p.id);
    return s === undefined ? [] : [{ peerId: p.id, serves: s }];
  });
}

/** clientsByRoutingPeer: for every routing peer, the peers that can pick it for some route, in account order (one pass). */
export function clientsByRoutingPeer(index: AccountIndex): Map<string, string[]> {
  const cache = newRouteCache(index);
  const out = new Map<string, string[]>();
  for (const p of index.snapshot.peers) {
    const seen = new Set<string>();
    for (const r of clientRoutes(cache, p.id)) {
      for (const o of r.options) {
        if (seen.has(o.peerId)) continue;
        seen.add(o.peerId);
        const list = out.get(o.peerId);
        if (list === undefined) out.set(o.peerId, [p.id]);
        else list.push(p.id);
      }
    }
  }
  return out;
}

/** clientsOf: the peers that can pick `peerId` as routing peer for some route, in account order. */
export const clientsOf = (index: AccountIndex, peerId: string): string[] => clientsByRoutingPeer(index).get(peerId) ?? [];

/** PeerControlState: what the buttons show for a routing peer at the current time. */
export interface PeerControlState {
  online: boolean;
  /** How many of its clients reach it through a relay. */
  relayed: number;
  clients: number;
}

export function peerControlState(world: SimWorld, peerId: string, clients: readonly string[]): PeerControlState {
  return {
    online: peerOnline(world.lab, peerId),
    relayed: clients.filter((c) => linkView(world.lab, c, peerId).connection === 'relayed').length,
    clients: clients.length,
  };
}

/** whole seconds: events added from the page land on a whole second, as scenario authors write them. */
const at = (t: number) => Math.round(t);

export const setOnlineEvent = (peerId: string, t: number, online: boolean): PeerEvent => ({ kind: 'peer', t: at(t), peer: peerId, set: { online } });

export function setRelayedEvents(peerId: string, clients: readonly string[], t: number, relayed: boolean): LinkEvent[] {
  return clients.map((c) => ({ kind: 'link', t: at(t), link: [c, peerId], set: { connection: relayed ? 'relayed' : 'direct' } }));
}

/** addLatencyEvents: each client's latency to the peer, raised by `ms` from what it is now (unknown counts as 0). */
export function addLatencyEvents(world: SimWorld, peerId: string, clients: readonly string[], ms: number): LinkEvent[] {
  return clients.map((c) => ({ kind: 'link', t: at(world.t), link: [c, peerId], set: { latency_ms: (linkView(world.lab, c, peerId).latency_ms ?? 0) + ms } }));
}

/** withEvents: the scenario with more events (a new object; the run sorts them by time). */
export function withEvents(s: SimScenario, events: readonly SimEvent[]): SimScenario {
  return { ...s, events: [...s.events, ...events] };
}

/** routeCandidates: the distinct routing peers of a route key (network id or legacy network_id), lowest metric first. */
export function routeCandidates(index: AccountIndex, routeKey: string): string[] {
  const options = index.networks.has(routeKey)
    ? networkRoutingOptions(index, routeKey, '')
    : routeRoutingOptions(
        index,
        index.snapshot.routes.filter((r) => r.enabled && r.network_id === routeKey),
        '',
      );
  return [...options].sort((a, b) => a.metric - b.metric).map((o) => o.peerId);
}
