import { buildAccountIndex, routingPeerIds, type AccountIndex } from '@/domain/account';
import type { SnapPeer, Snapshot } from '@/domain/snapshot';
import { issue, type FieldIssue } from '../validate/field-issue';
import { masqueradeOffAllowed, netbirdRange, nonLinuxReason, returnRouteAdvice } from '../lint/masquerade';
import { joinList } from '../lint/names';
import { nonLinuxPeers } from '../lint/peer-os';

/**
 * router-masquerade: what the routing-peer editor says about masquerade, for "the network after
 * this save" (a snapshot with the router draft applied, see domain/draft/router). The conditions
 * are the linter's (masqueradeOffAllowed, nonLinuxReason, returnRouteAdvice): stated once.
 *
 * NetBird's management server accepts every one of these configurations (masquerade off on a
 * Windows peer, masquerade off with two routing peers), so the embedded control plane stays as
 * permissive as the real one and does not call these functions. The refusal is the console's
 * protection: the form refuses to save, and the linter reports configurations made elsewhere.
 */

export interface RouterMasqueradeState {
  /** Set when the router is a single non-Linux peer: the switch is disabled (masquerade stays on) with this reason. */
  disabledReason: string | null;
  /** Set when the router's peer groups contain non-Linux peers: a warning (masquerade must stay on for them). */
  groupWarning: string | null;
  /** Why masquerade may not be off for this router in this network; null when it may. */
  offRefusal: string | null;
  /** Set when another enabled router of the network has masquerade off and the network would be served by two or more peers. */
  otherRouterConflict: string | null;
  /** What the LAN needs with masquerade off: the return route for the NetBird range via this router's LAN address. */
  returnRoute: string;
}

function peersOf(index: AccountIndex, ids: readonly string[]): SnapPeer[] {
  return ids.map((id) => index.peers.get(id)).filter((p): p is SnapPeer => p !== undefined);
}

/** servingPeerIds: the distinct peers behind the enabled routers of a network. */
export function servingPeerIds(index: AccountIndex, networkId: string): string[] {
  const ids = new Set<string>();
  for (const r of index.routersOfNetwork.get(networkId) ?? []) if (r.enabled) for (const p of routingPeerIds(index, r)) ids.add(p);
  return [...ids];
}

/**
 * routerMasqueradeState: the masquerade facts of router `routerId` in `after`, the account with
 * the router draft applied. The HA refusal counts the routers that would be enabled after the save.
 */
export function routerMasqueradeState(after: Snapshot, networkId: string, routerId: string): RouterMasqueradeState {
  const index = buildAccountIndex(after);
  const router = index.routers.get(routerId);
  const ownIds = router ? routingPeerIds(index, router) : [];
  const own = peersOf(index, ownIds);
  const serving = servingPeerIds(index, networkId);
  // A disabled router carries nothing, so it cannot break HA, but once enabled it joins the count.
  const servingCount = router && !router.enabled ? new Set([...serving, ...ownIds]).size : serving.length;
  const nonLinux = nonLinuxPeers(own);
  const single = router?.peer !== undefined && router.peer !== '';
  const verdict = masqueradeOffAllowed({ ownPeers: own, servingPeerCount: servingCount });

  const others = (index.routersOfNetwork.get(networkId) ?? []).filter((r) => r.id !== routerId && r.enabled && !r.masquerade);
  const otherRouterConflict =
    others.length > 0 && servingCount >= 2 && router?.masquerade !== false
      ? `${joinList(others.map((r) => describeRouter(index, r)), 'and')} of this network ${others.length === 1 ? 'has' : 'have'} masquerade off; with this routing peer ${servingCount} routing peers would serve the network, and high availability stops working with masquerade off (return traffic must come back through one routing peer's LAN address). Turn masquerade on there first.`
      : null;

  return {
    disabledReason: single && nonLinux.length > 0 ? nonLinuxReason(nonLinux) : null,
    groupWarning:
      !single && nonLinux.length > 0
        ? `These peer groups contain non-Linux peers, so masquerade must stay on for this routing peer. ${nonLinuxReason(nonLinux)}.`
        : null,
    offRefusal: verdict.allowed ? null : verdict.reason,
    otherRouterConflict,
    returnRoute: returnRouteAdvice(
      netbirdRange(index),
      own.map((p) => ({ name: p.name, lanIp: index.lab(p.id).lan_ip })),
    ),
  };
}

function describeRouter(index: AccountIndex, r: { peer?: string | undefined; peer_groups?: readonly string[] | null | undefined }): string {
  if (r.peer) return `routing peer ${index.peers.get(r.peer)?.name ?? r.peer}`;
  return `the router for peer groups ${(r.peer_groups ?? []).map((g) => index.groups.get(g)?.name ?? g).join(', ')}`;
}

/**
 * routerMasqueradeIssues: the editor's refusals as field issues (the form shows them under the
 * masquerade switch and will not save): masquerade off where it may not be, or a new routing peer
 * joining a network whose other router has masquerade off.
 */
export function routerMasqueradeIssues(state: RouterMasqueradeState, masquerade: boolean): FieldIssue[] {
  const out: FieldIssue[] = [];
  if (!masquerade && state.offRefusal !== null) out.push(issue('masquerade', state.offRefusal));
  if (state.otherRouterConflict !== null) out.push(issue('masquerade', state.otherRouterConflict));
  return out;
}
