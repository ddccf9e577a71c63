import { peersOfGroup, routingPeerIds, type AccountIndex, type IndexedResource } from '@/domain/account';
import { joinList, networkLabel, peerList, resourceLabel, routeLabel } from '../lint/names';
import { servingUnitsOf } from '../lint/serving-units';

/**
 * policy-chain: which firewall chain a policy rule lands in (how-routing-peers-work: "two chains,
 * two policy types"). Traffic to network resources, and to the range of a legacy route whose ACL
 * group is the rule's destination, is routed through routing peers and checked in their forward
 * chain. Traffic to peers themselves, routing peers included, is checked in the destination
 * peer's input chain: that is where services on a routing peer (SSH, Grafana) need a
 * peer-to-peer policy. The policy editor labels each rule with these chains.
 */

/** RuleTarget: a rule's destination side as the editor holds it (group ids, or one resource or peer). */
export interface RuleTarget {
  destinations?: readonly string[] | null | undefined;
  destinationResource?: { id: string; type: string } | null | undefined;
}

export interface ForwardNetworkHop {
  kind: 'network';
  networkId: string;
  resources: readonly IndexedResource[];
  /** Distinct peers of the network's enabled routers: whose forward chain applies. */
  routingPeerIds: readonly string[];
}

export interface ForwardRouteHop {
  kind: 'route';
  routeId: string;
  routingPeerIds: readonly string[];
}

export type ForwardHop = ForwardNetworkHop | ForwardRouteHop;

export interface RuleChains {
  forward: ForwardHop[];
  /** Peers the rule targets directly: it lands in each one's input chain. */
  inputPeerIds: string[];
  /** Those of `inputPeerIds` that route for a network or route: services on the routing peer itself. */
  inputRoutingPeerIds: string[];
}

export type ChainKind = 'forward' | 'input';

export interface ChainLine {
  chain: ChainKind;
  text: string;
}

/** destinationResources: the network resources a rule targets, directly or through its destination groups. */
export function destinationResources(index: AccountIndex, rule: RuleTarget): IndexedResource[] {
  const target = rule.destinationResource;
  if (target) {
    const r = target.type === 'peer' ? undefined : index.resources.get(target.id);
    return r ? [r] : [];
  }
  const ids = new Set<string>();
  for (const g of rule.destinations ?? []) for (const r of index.groupResources.get(g) ?? []) ids.add(r);
  return [...ids].flatMap((id) => {
    const r = index.resources.get(id);
    return r ? [r] : [];
  });
}

/** destinationPeers: the peers a rule targets, directly or through its destination groups. */
export function destinationPeers(index: AccountIndex, rule: RuleTarget): string[] {
  const target = rule.destinationResource;
  if (target) return target.type === 'peer' ? [target.id] : [];
  const ids = new Set<string>();
  for (const g of rule.destinations ?? []) for (const p of peersOfGroup(index, g)) ids.add(p);
  return [...ids];
}

/** ruleChains: the forward-chain hops (per network, per ACL-guarded legacy route) and the input-chain peers of a rule. */
export function ruleChains(index: AccountIndex, rule: RuleTarget): RuleChains {
  const units = servingUnitsOf(index);
  const byNetwork = new Map<string, IndexedResource[]>();
  for (const r of destinationResources(index, rule)) {
    const list = byNetwork.get(r.network_id);
    if (list === undefined) byNetwork.set(r.network_id, [r]);
    else list.push(r);
  }
  const forward: ForwardHop[] = [...byNetwork].map(([networkId, resources]) => ({
    kind: 'network',
    networkId,
    resources,
    routingPeerIds: units.networks.get(networkId)?.peerIds ?? [],
  }));
  const groups = new Set(rule.destinationResource ? [] : (rule.destinations ?? []));
  for (const route of index.snapshot.routes) {
    if (!route.enabled || !(route.access_control_groups ?? []).some((g) => groups.has(g))) continue;
    forward.push({ kind: 'route', routeId: route.id, routingPeerIds: routingPeerIds(index, route) });
  }
  const inputPeerIds = destinationPeers(index, rule);
  return { forward, inputPeerIds, inputRoutingPeerIds: inputPeerIds.filter((p) => units.unitsOfPeer.has(p)) };
}

function forwardLine(index: AccountIndex, hop: ForwardHop): string {
  if (hop.kind === 'network') {
    const what = joinList(hop.resources.map(resourceLabel), 'and', 3);
    if (hop.routingPeerIds.length === 0) {
      return `Forward chain of the routing peers of ${networkLabel(index, hop.networkId)}, which has none yet: nothing routes this traffic to ${what}.`;
    }
    const who = peerList(index, hop.routingPeerIds);
    return `Forward chain of ${who} (routing ${hop.routingPeerIds.length === 1 ? 'peer' : 'peers'} of ${networkLabel(index, hop.networkId)}): traffic routed through ${hop.routingPeerIds.length === 1 ? 'it' : 'them'} to ${what}.`;
  }
  const route = index.routes.get(hop.routeId);
  const label = route ? routeLabel(route) : `route "${hop.routeId}"`;
  const who = hop.routingPeerIds.length > 0 ? peerList(index, hop.routingPeerIds) : 'its routing peers (none yet)';
  return `Forward chain of ${who} (${label}): the route's ACL group is this rule's destination, so these sources may use the routed range.`;
}

/** ruleChainLines: one sentence per chain the rule lands in, forward hops first. */
export function ruleChainLines(index: AccountIndex, chains: RuleChains): ChainLine[] {
  const lines: ChainLine[] = chains.forward.map((hop) => ({ chain: 'forward', text: forwardLine(index, hop) }));
  if (chains.inputPeerIds.length > 0) {
    const routing = chains.inputRoutingPeerIds;
    const tail =
      routing.length > 0
        ? ` That includes routing ${routing.length === 1 ? 'peer' : 'peers'} ${peerList(index, routing)}: services on the routing peer itself (SSH, monitoring, DNS).`
        : '';
    lines.push({ chain: 'input', text: `Input chain of the destination peers (peer-to-peer): connections to the peers themselves.${tail}` });
  }
  return lines;
}
