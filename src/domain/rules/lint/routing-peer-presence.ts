import { isPeerOnline, routingPeerIds, type AccountIndex } from '@/domain/account';
import { finding, inScope, ref, type Finding, type LintScope } from './finding';
import type { FixSuggestion } from './fix';
import { capitalize, joinList, networkLabel, peerList, plural, resourceLabel } from './names';
import { servingUnitsOf, unitLabel, unitRefs, type NetworkUnit, type ServingUnit } from './serving-units';

/**
 * routing-peer-presence: a network's resources are reachable only through a routing peer. A
 * network with enabled resources and no enabled router (or routers whose peer groups are empty)
 * routes nothing; a network or route whose routing peers are all disconnected routes nothing
 * right now. Liveness is the lab's `online` when set, else the API's `connected`.
 */

function withoutRoutingPeer(index: AccountIndex, unit: NetworkUnit): Finding | null {
  const resources = (index.resourcesOfNetwork.get(unit.network.id) ?? []).filter((r) => r.enabled);
  if (resources.length === 0 || unit.peerIds.length > 0) return null;
  const label = networkLabel(index, unit.network.id);
  let why: string;
  let fix: FixSuggestion | undefined;
  if (unit.routers.length === 0) why = 'it has no router';
  else if (unit.enabledRouters.length === 0) {
    why = `its ${plural(unit.routers.length, 'router is', 'routers are')} disabled`;
    const only = unit.routers[0];
    if (unit.routers.length === 1 && only !== undefined && routingPeerIds(index, only).length > 0) {
      fix = { kind: 'enable-router', networkId: unit.network.id, routerId: only.id };
    }
  } else why = 'its enabled routers name peer groups without peers';
  return finding(
    'network-without-routing-peer',
    `${capitalize(label)} has ${plural(resources.length, 'enabled resource')} (${joinList(resources.map((r) => resourceLabel(r)), 'and', 3)}) but no routing peer to carry traffic: ${why}. Nobody can reach these resources.`,
    [ref('network', unit.network.id), ...unit.routers.map((r) => ref('router', r.id)), ...resources.map((r) => ref('resource', r.id))],
    fix,
  );
}

function allOffline(index: AccountIndex, unit: ServingUnit): Finding | null {
  if (unit.peerIds.length === 0 || unit.peerIds.some((p) => isPeerOnline(index, p))) return null;
  const what = unit.kind === 'network' ? 'its resources' : unit.exitNode ? 'the internet through it' : 'its destination';
  const who = unit.peerIds.length === 1 ? `its only routing peer, ${peerList(index, unit.peerIds)}, is` : `every routing peer (${peerList(index, unit.peerIds)}) is`;
  return finding(
    'routing-peers-offline',
    `${capitalize(unitLabel(index, unit))}: ${who} disconnected, so clients cannot reach ${what} until one comes back.`,
    [...unitRefs(unit), ...unit.peerIds.map((p) => ref('peer', p))],
  );
}

/** lintRoutingPeerPresence: network-without-routing-peer and routing-peers-offline. */
export function lintRoutingPeerPresence(index: AccountIndex, scope?: LintScope): Finding[] {
  const units = servingUnitsOf(index);
  const out: Finding[] = [];
  for (const unit of units.networks.values()) {
    if (scope?.type === 'network' && scope.id !== unit.network.id) continue;
    for (const f of [withoutRoutingPeer(index, unit), allOffline(index, unit)]) if (f !== null) out.push(f);
  }
  if (scope?.type !== 'network') {
    for (const unit of units.routeSets.values()) {
      const f = allOffline(index, unit);
      if (f !== null) out.push(f);
    }
  }
  return inScope(out, scope);
}
