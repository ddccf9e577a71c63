import { groupsOfPeer, type AccountIndex } from '@/domain/account';
import { groupName, networkLabel, routeLabel, routingPeerSpec } from '../lint/names';
import { servingUnitsOf, unitLabel } from '../lint/serving-units';

/**
 * peer-deletion: what deleting a peer does beyond the peer, as NetBird (and our control plane)
 * cascade it: a router or legacy route naming only this peer goes with it; one that also names peer
 * groups keeps those; routers and routes reaching it through a peer group lose one routing peer;
 * policy rules that target it as a single peer are dropped (and a policy left without rules is
 * deleted). Most important for a routing peer: which networks and routes are left with no routing
 * peer at all. The delete dialog lists these so the admin decides knowing the blast radius.
 */

export interface ImpactList {
  label: string;
  items: string[];
}

/** peerDeletionImpact: the labelled lists of what else a peer's deletion changes; empty lists are kept out. */
export function peerDeletionImpact(index: AccountIndex, peerId: string): ImpactList[] {
  const deletedRouters: string[] = [];
  const reducedRouters: string[] = [];
  for (const router of index.routers.values()) {
    const groups = router.peer_groups ?? [];
    if (router.peer === peerId) {
      (groups.length === 0 ? deletedRouters : reducedRouters).push(`routing peer of ${networkLabel(index, router.network_id)}`);
    } else if (groups.some((g) => index.groupPeers.get(g)?.has(peerId) === true)) {
      reducedRouters.push(`${networkLabel(index, router.network_id)} (through ${routingPeerSpec(index, router)})`);
    }
  }
  const deletedRoutes: string[] = [];
  const reducedRoutes: string[] = [];
  for (const route of index.snapshot.routes) {
    const groups = route.peer_groups ?? [];
    if (route.peer === peerId) {
      (groups.length === 0 ? deletedRoutes : reducedRoutes).push(routeLabel(route));
    } else if (groups.some((g) => index.groupPeers.get(g)?.has(peerId) === true)) {
      reducedRoutes.push(`${routeLabel(route)} (through ${routingPeerSpec(index, route)})`);
    }
  }
  const stranded = (servingUnitsOf(index).unitsOfPeer.get(peerId) ?? []).filter((u) => u.peerIds.length === 1).map((u) => unitLabel(index, u));

  const droppedRules: string[] = [];
  for (const policy of index.snapshot.policies) {
    const hit = policy.rules.filter((r) => r.sourceResource?.id === peerId || r.destinationResource?.id === peerId);
    if (hit.length === 0) continue;
    const whole = hit.length === policy.rules.length ? ' (the whole policy, no rule is left)' : '';
    droppedRules.push(`policy "${policy.name}": ${hit.map((r) => `rule "${r.name}"`).join(', ')}${whole}`);
  }

  const lists: ImpactList[] = [
    { label: 'Left with no routing peer at all', items: stranded },
    { label: 'Network routing peers deleted with it', items: deletedRouters },
    { label: 'Network routing peers that lose it', items: reducedRouters },
    { label: 'Network routes deleted with it', items: deletedRoutes },
    { label: 'Network routes that lose it as routing peer', items: reducedRoutes },
    { label: 'Policy rules deleted (they target this peer)', items: droppedRules },
    { label: 'Groups it leaves', items: [...groupsOfPeer(index, peerId)].map((g) => groupName(index, g)) },
  ];
  return lists.filter((l) => l.items.length > 0);
}
