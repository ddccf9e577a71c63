import { routingPeerIds, type AccountIndex } from '@/domain/account';
import type { SnapPeer } from '@/domain/snapshot';
import { finding, inScope, ref, type Finding, type FindingRef, type LintScope } from './finding';
import type { FixSuggestion } from './fix';
import { joinList, peerName, routerLabel, routeLabel } from './names';
import { nonLinuxPeers, type OsPeer } from './peer-os';
import { servingUnitsOf, unitLabel, type ServingUnit } from './serving-units';

/**
 * masquerade: the docs' rules for turning masquerade off. It can only be off on Linux routing
 * peers; high availability stops working with it off (return traffic must come back through one
 * specific routing peer's LAN address, and the LAN cannot follow a failover); and the LAN then
 * needs a return route for the NetBird range via the routing peer. Exit nodes are left to the
 * exit-node family, which requires masquerade outright.
 */

/** DEFAULT_NETBIRD_RANGE: the overlay range NetBird assigns peers from unless the account sets another. */
export const DEFAULT_NETBIRD_RANGE = '100.64.0.0/10';

export const netbirdRange = (index: AccountIndex): string => index.snapshot.account.settings.network_range ?? DEFAULT_NETBIRD_RANGE;

export interface MasqueradeOffInput {
  /** The distinct peers of the router or route whose masquerade would be off. */
  ownPeers: readonly OsPeer[];
  /** Distinct routing peers that would serve the network or HA route set, this router's included. */
  servingPeerCount: number;
}

export type MasqueradeOffVerdict =
  | { allowed: true; reason: null }
  | { allowed: false; code: 'masquerade-off-non-linux' | 'masquerade-off-breaks-ha'; reason: string };

/** nonLinuxReason: "Masquerade can only be turned off on Linux routing peers: mac-1 runs Darwin 14.5". */
export function nonLinuxReason(peers: readonly OsPeer[]): string {
  const runs = peers.map((p) => `${p.name} runs ${p.os}`);
  return `Masquerade can only be turned off on Linux routing peers: ${joinList(runs, 'and')}`;
}

/** haReason: why masquerade off and several routing peers exclude each other. */
export function haReason(servingPeerCount: number): string {
  return `High availability stops working with masquerade off: ${servingPeerCount} routing peers serve the same destination, but return traffic must flow back through one routing peer's LAN address and the LAN cannot follow a failover`;
}

/**
 * masqueradeOffAllowed: whether masquerade may be turned off, with the reason when not. The
 * router and route editors disable the switch with this reason; the linter reports the same
 * conditions as errors on saved objects.
 */
export function masqueradeOffAllowed(input: MasqueradeOffInput): MasqueradeOffVerdict {
  const others = nonLinuxPeers(input.ownPeers);
  if (others.length > 0) return { allowed: false, code: 'masquerade-off-non-linux', reason: nonLinuxReason(others) };
  if (input.servingPeerCount >= 2) return { allowed: false, code: 'masquerade-off-breaks-ha', reason: haReason(input.servingPeerCount) };
  return { allowed: true, reason: null };
}

/**
 * returnRouteAdvice: what the LAN needs with masquerade off: "a return route for 100.64.0.0/10
 * via gw-1 (LAN address 10.10.0.2)". The LAN address comes from the lab when known.
 */
export function returnRouteAdvice(range: string, peers: readonly { name: string; lanIp?: string | undefined }[]): string {
  const via = peers.map((p) => (p.lanIp !== undefined ? `${p.name} (LAN address ${p.lanIp})` : `${p.name}'s LAN address`));
  return `the destination network needs a return route for the NetBird range ${range} via ${via.length > 0 ? joinList(via, 'or') : 'the routing peer'}, or replies never come back`;
}

interface MasqueradeOffObject {
  what: string;
  peerIds: readonly string[];
  refs: FindingRef[];
  fix: FixSuggestion;
}

function objectFindings(index: AccountIndex, unit: ServingUnit, o: MasqueradeOffObject): Finding[] {
  const peers = o.peerIds.map((id) => index.peers.get(id)).filter((p): p is SnapPeer => p !== undefined);
  const out: Finding[] = [];
  const peerRefs = o.peerIds.map((id) => ref('peer', id));
  const others = nonLinuxPeers(peers);
  if (others.length > 0) {
    out.push(finding('masquerade-off-non-linux', `Masquerade is off on ${o.what}. ${nonLinuxReason(others)}; turn masquerade back on.`, [...o.refs, ...others.map((p) => ref('peer', p.id))], o.fix));
  }
  if (unit.peerIds.length >= 2) {
    out.push(
      finding(
        'masquerade-off-breaks-ha',
        `Masquerade is off on ${o.what}, and ${unitLabel(index, unit)} is served by ${joinList(unit.peerIds.map((id) => peerName(index, id)), 'and')}. ${haReason(unit.peerIds.length)}.`,
        [...o.refs, ...unit.peerIds.map((id) => ref('peer', id))],
      ),
    );
  }
  const advice = returnRouteAdvice(
    netbirdRange(index),
    peers.map((p) => ({ name: p.name, lanIp: index.lab(p.id).lan_ip })),
  );
  out.push(finding('masquerade-off-needs-return-route', `Masquerade is off on ${o.what}, so NetBird peers keep their overlay addresses: ${advice}.`, [...o.refs, ...peerRefs]));
  return out;
}

/** lintMasquerade: masquerade-off-non-linux, masquerade-off-breaks-ha, masquerade-off-needs-return-route (enabled routers and non-exit routes). */
export function lintMasquerade(index: AccountIndex, scope?: LintScope): Finding[] {
  const units = servingUnitsOf(index);
  const out: Finding[] = [];
  for (const unit of units.networks.values()) {
    if (scope?.type === 'network' && scope.id !== unit.network.id) continue;
    for (const router of unit.enabledRouters) {
      if (router.masquerade) continue;
      out.push(
        ...objectFindings(index, unit, {
          what: routerLabel(index, router),
          peerIds: routingPeerIds(index, router),
          refs: [ref('router', router.id), ref('network', router.network_id)],
          fix: { kind: 'set-router-masquerade', networkId: router.network_id, routerId: router.id, value: true },
        }),
      );
    }
  }
  for (const unit of units.routeSets.values()) {
    if (unit.exitNode) continue;
    for (const route of unit.enabledRoutes) {
      if (route.masquerade) continue;
      if (scope?.type === 'route' && scope.id !== route.id) continue;
      out.push(
        ...objectFindings(index, unit, {
          what: routeLabel(route),
          peerIds: routingPeerIds(index, route),
          refs: [ref('route', route.id)],
          fix: { kind: 'set-route-masquerade', routeId: route.id, value: true },
        }),
      );
    }
  }
  return inScope(out, scope);
}
