import { buildAccountIndex, routingPeerIds } from '@/domain/account';
import type { Snapshot } from '@/domain/snapshot';
import { exitNodeRoute } from '../lint/exit-node-route';
import { haReason, masqueradeOffAllowed, netbirdRange, returnRouteAdvice } from '../lint/masquerade';
import { routingPeerSpec } from '../lint/names';
import type { OsPeer } from '../lint/peer-os';
import { servingUnitsOf } from '../lint/serving-units';

/**
 * route-masquerade: what the route editors may do with the masquerade switch, for a route draft
 * applied to the snapshot (draft/route). The rules are the linter's (masqueradeOffAllowed: off
 * only on Linux peers, and never with two or more distinct routing peers in the HA route set,
 * the route's own peers included); an exit node needs masquerade outright (exit-node-masquerade-off),
 * because internet hosts cannot answer overlay addresses.
 */

/** EXIT_NODE_MASQUERADE_REASON: shown next to the exit node's masquerade switch, which stays on. */
export const EXIT_NODE_MASQUERADE_REASON =
  'Required on exit nodes: internet-bound traffic must leave with the exit node’s own address, because the internet has no route back to NetBird’s range.';

export type RouteMasqueradeVerdict =
  | { kind: 'required'; reason: string }
  | { kind: 'refused'; code: 'masquerade-off-non-linux' | 'masquerade-off-breaks-ha'; reason: string }
  | { kind: 'allowed' };

export interface RouteMasqueradeRule {
  verdict: RouteMasqueradeVerdict;
  /** Distinct peers that would serve the route's HA route set, the route's own included. */
  servingPeerIds: string[];
  /** With masquerade off: the return route the destination LAN needs. */
  returnRoute: string;
  /**
   * Set when another enabled route of the HA route set has masquerade off while the set would be
   * served by two or more peers: joining (or staying in) that set breaks its HA, so the editor
   * refuses until masquerade is on there, as the routing-peer editor does for a network's routers.
   */
  siblingConflict: string | null;
}

/**
 * routeMasqueradeRule: the verdict for route `routeId` of `snapshot` (a draft already applied).
 * The route counts as serving even while disabled: turning it on later must not silently break HA.
 */
export function routeMasqueradeRule(snapshot: Snapshot, routeId: string): RouteMasqueradeRule {
  const index = buildAccountIndex(snapshot);
  const route = index.routes.get(routeId);
  if (route === undefined) return { verdict: { kind: 'allowed' }, servingPeerIds: [], returnRoute: '', siblingConflict: null };
  const own = routingPeerIds(index, route);
  const unit = servingUnitsOf(index).routeSetOfRoute.get(routeId);
  const serving = [...new Set([...(unit?.peerIds ?? []), ...own])];
  const ownPeers: OsPeer[] = own.flatMap((id) => {
    const p = index.peers.get(id);
    return p ? [{ id: p.id, name: p.name, os: p.os }] : [];
  });
  const returnRoute = returnRouteAdvice(
    netbirdRange(index),
    ownPeers.map((p) => ({ name: p.name, lanIp: index.lab(p.id).lan_ip })),
  );
  const offSiblings = (unit?.enabledRoutes ?? []).filter((r) => r.id !== routeId && !r.masquerade);
  const siblingConflict =
    offSiblings.length > 0 && serving.length >= 2 && route.masquerade
      ? `Route${offSiblings.length > 1 ? 's' : ''} ${offSiblings.map((r) => `via ${routingPeerSpec(index, r)}`).join(' and ')} of this HA route set ${offSiblings.length > 1 ? 'have' : 'has'} masquerade off. ${haReason(serving.length)}. Turn masquerade on there first.`
      : null;
  if (exitNodeRoute(route)) return { verdict: { kind: 'required', reason: EXIT_NODE_MASQUERADE_REASON }, servingPeerIds: serving, returnRoute, siblingConflict };
  const off = masqueradeOffAllowed({ ownPeers, servingPeerCount: serving.length });
  const verdict: RouteMasqueradeVerdict = off.allowed ? { kind: 'allowed' } : { kind: 'refused', code: off.code, reason: off.reason };
  return { verdict, servingPeerIds: serving, returnRoute, siblingConflict };
}
