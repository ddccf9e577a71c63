import { decidePeerAcl, decideResourceAcl, decideRouteAcl, distributingRule, peerLink, type AclDecision } from '@/domain/access/decide-acl';
import { describePacket } from '@/domain/access/packet-match';
import { describeRule, type IndexedRule } from '@/domain/access/rule-index';
import { parseIp, type IpAddress } from '@/domain/net';
import { chooseForClient, explainChoice, type ClientChoice } from '@/domain/routing/choose-for-client';
import { networkRoutingOptions, routeRoutingOptions, type RoutingPeerOption } from '@/domain/routing/route-candidates';
import { networkRoutingPeerSet, prefixTargetsFor, routeIndexOf } from '@/domain/routing/route-index';
import type { RouteMatch } from '@/domain/routing/route-lookup';
import { describeMatch, describeRoutes } from './describe';
import { peerLabel } from './find-peer';
import type { TraceContext } from './trace-context';
import type { TraceRecorder } from './trace-recorder';
import type { TraceResult } from './trace-result';

/**
 * trace-routed: a packet that leaves the client through a routing peer: which routing peer
 * (with the peer-connection requirement of legacy routes and exit nodes), then the routing
 * peer's chain (input for its own addresses, forward otherwise), NAT and forwarding.
 */

export type RoutedMatch = Extract<RouteMatch, { kind: 'network-resource' | 'network-route' | 'exit-node' }>;

/** RoutePlan: the routing peer a routed match gets, or why it gets none. */
export type RoutePlan =
  | { kind: 'no-options' }
  | { kind: 'no-link'; options: readonly RoutingPeerOption[] }
  | { kind: 'unavailable'; choice: ClientChoice }
  | { kind: 'chosen'; choice: ClientChoice; option: RoutingPeerOption; link: IndexedRule | null };

/**
 * planRoute: for a Network, the resource policy itself brings the routers into the client's
 * map; for a legacy route or exit node, only routing peers some policy links with the client
 * are connected at all, so the others never enter the choice.
 */
export function planRoute(ctx: TraceContext, m: RoutedMatch): RoutePlan {
  const { index, source } = ctx;
  if (m.kind === 'network-resource') {
    const options = networkRoutingOptions(index, m.resource.network_id, source.id);
    if (options.length === 0) return { kind: 'no-options' };
    const choice = chooseForClient(index, source.id, m.resource.network_id, options, ctx.state);
    if (choice.chosen === null) return { kind: 'unavailable', choice };
    return { kind: 'chosen', choice, option: choice.chosen, link: distributingRule(index, source.id, m.resource.id) };
  }
  const options = routeRoutingOptions(index, m.routes, source.id);
  if (options.length === 0) return { kind: 'no-options' };
  const linked = options.filter((o) => peerLink(index, source.id, o.peerId) !== null);
  if (linked.length === 0) return { kind: 'no-link', options };
  const choice = chooseForClient(index, source.id, m.network_id, linked, ctx.state);
  if (choice.chosen === null) return { kind: 'unavailable', choice };
  return { kind: 'chosen', choice, option: choice.chosen, link: peerLink(index, source.id, choice.chosen.peerId) };
}

/** setPath records the match as the trace's path (the route of the chosen peer for legacy routes). */
export function setPath(t: TraceRecorder, m: RoutedMatch | Extract<RouteMatch, { kind: 'ipv6-blocked' }>, plan: RoutePlan | null): void {
  if (m.kind === 'network-resource') {
    t.path = { kind: 'network-resource', id: m.resource.id, network_id: m.resource.network_id };
    return;
  }
  const chosen = plan?.kind === 'chosen' && plan.option.via.kind === 'route' ? plan.option.via.route.id : null;
  t.path = { kind: m.kind === 'network-route' ? 'network-route' : 'exit-node', id: chosen ?? m.routes[0]?.id ?? null, network_id: m.network_id };
}

function optionText(ctx: TraceContext, o: RoutingPeerOption): string {
  const via = o.via.kind === 'router' ? `router ${o.via.router.id}` : `route ${o.via.route.id}`;
  return `routing peer ${peerLabel(ctx.index, o.peerId)} via ${via}, metric ${o.metric}`;
}

/** planProblem: why a plan has no routing peer, in words, or null when it has one. */
export function planProblem(ctx: TraceContext, m: RoutedMatch, plan: RoutePlan): string | null {
  const name = (id: string) => peerLabel(ctx.index, id);
  switch (plan.kind) {
    case 'no-options':
      return m.kind === 'network-resource' ? 'its network has no enabled routing peer (other than the client itself)' : 'the route has no routing peer other than the client itself';
    case 'no-link':
      return `no enabled policy links ${name(ctx.source.id)} with any of its routing peers (${plan.options.map((o) => name(o.peerId)).join(', ')}), so the client never connects to them${m.kind === 'exit-node' ? ' (an exit node needs at least an ICMP policy from the client to it)' : ''}`;
    case 'unavailable':
      return explainChoice(plan.choice, name);
    case 'chosen':
      return null;
  }
}

/** RoutingOutcome: go on through the chosen routing peer, or the trace ended (denied). */
export type RoutingOutcome = { kind: 'continue'; option: RoutingPeerOption } | { kind: 'done'; result: TraceResult };

/** routingStages emits Routing and Peer connection for a routed match. */
export function routingStages(ctx: TraceContext, t: TraceRecorder, dest: string, m: RoutedMatch, plan: RoutePlan): RoutingOutcome {
  setPath(t, m, plan);
  const how = m.kind === 'exit-node' ? 'no more specific route covers it' : m.via === 'domain' ? `domain ${m.matched}` : `longest prefix ${m.matched}`;
  const head = `${dest} → ${describeMatch(ctx.index, m)} (${how})`;
  const problem = planProblem(ctx, m, plan);
  switch (plan.kind) {
    case 'no-options':
    case 'unavailable':
      return { kind: 'done', result: t.deny('Routing', 'routing-peer-unavailable', `${head}; ${problem ?? ''}`) };
    case 'no-link':
      t.pass('Routing', `${head}; routing peers: ${plan.options.map((o) => optionText(ctx, o)).join('; ')}`);
      return { kind: 'done', result: t.deny('Peer connection', 'no-peer-connection', problem ?? '') };
    case 'chosen': {
      t.routing_peer = plan.option.peerId;
      t.masquerade = plan.option.masquerade;
      t.pass('Routing', `${head}; ${optionText(ctx, plan.option)}: ${explainChoice(plan.choice, (id) => peerLabel(ctx.index, id))}`);
      const rp = peerLabel(ctx.index, plan.option.peerId);
      const link = plan.link === null ? 'a policy' : describeRule(plan.link);
      t.pass(
        'Peer connection',
        m.kind === 'network-resource'
          ? `${link} sends the resource to the client, which brings routing peer ${rp} into its network map`
          : `${link} links the client with routing peer ${rp}, so they connect`,
      );
      return { kind: 'continue', option: plan.option };
    }
  }
}

/** isOwnAddress: is `ip` one of the routing peer's own addresses (overlay or lab LAN IP)? */
export function isOwnAddress(ctx: TraceContext, peerId: string, ip: IpAddress): boolean {
  const peer = ctx.index.peers.get(peerId);
  if (peer !== undefined && (peer.ip === ip.text || peer.ipv6 === ip.text)) return true;
  const lan = ctx.index.lab(peerId).lan_ip;
  if (lan === undefined) return false;
  const parsed = parseIp(lan);
  return parsed.ok && parsed.value.text === ip.text;
}

/** coveringResourcesServedBy: enabled resources covering `ip` in networks the routing peer serves. */
function coveringResourcesServedBy(ctx: TraceContext, peerId: string, ip: IpAddress): string[] {
  const ids: string[] = [];
  for (const level of prefixTargetsFor(routeIndexOf(ctx.index), ip)) {
    for (const target of level) {
      if (target.kind === 'resource' && networkRoutingPeerSet(ctx.index, target.resource.network_id).has(peerId)) ids.push(target.resource.id);
    }
  }
  return ids;
}

/** aclOutcome turns a chain decision into a stage, or the final denial. */
function aclOutcome(t: TraceRecorder, stage: 'Peer ACL' | 'Route ACL', d: AclDecision, what: string, none: string): TraceResult | null {
  switch (d.kind) {
    case 'accept':
      t.policy = d.rule.policy.id;
      t.pass(stage, `${what}: ${describeRule(d.rule)} accepts it`);
      return null;
    case 'drop':
      t.policy = d.rule.policy.id;
      return t.deny(stage, 'policy-drop', `${what}: ${describeRule(d.rule)} drops it (drop rules are checked before accept rules)`);
    case 'no-match':
      return t.deny(stage, 'no-policy', `${what}: ${none}`);
  }
}

/** deliverRouted: the routing peer's chains, NAT and forwarding for a routed packet to `ip`. */
export function deliverRouted(ctx: TraceContext, t: TraceRecorder, ip: IpAddress, m: RoutedMatch, option: RoutingPeerOption): TraceResult {
  const { index, source, packet } = ctx;
  const rp = peerLabel(index, option.peerId);
  const pkt = describePacket(packet);
  if (isOwnAddress(ctx, option.peerId, ip)) {
    t.chain = 'input';
    t.masquerade = null;
    const denied = aclOutcome(
      t,
      'Peer ACL',
      decidePeerAcl(index, source.id, option.peerId, packet),
      `${ip.text} is an own address of routing peer ${rp}, so its input chain applies (peer-to-peer policies decide, a resource policy does not); ${pkt}`,
      `no peer-to-peer policy from ${peerLabel(index, source.id)} to ${rp} allows it`,
    );
    return denied ?? t.finish(`delivered to routing peer ${rp}`);
  }
  t.chain = 'forward';
  const what = `forward chain of ${rp}, ${pkt} to ${ip.text}`;
  if (m.kind === 'network-resource') {
    const ids = [m.resource.id, ...coveringResourcesServedBy(ctx, option.peerId, ip).filter((id) => id !== m.resource.id)];
    const covered = ids.length > 1 ? ` (policies of ${ids.join(', ')}, the resources it serves that cover ${ip.text})` : '';
    const denied = aclOutcome(t, 'Route ACL', decideResourceAcl(index, source.id, ids, packet), what + covered, `no policy towards the resource or its groups allows it from ${peerLabel(index, source.id)}`);
    if (denied !== null) return denied;
  } else {
    const route = option.via.kind === 'route' ? option.via.route : m.routes[0];
    const acl = route?.access_control_groups ?? [];
    if (route === undefined || acl.length === 0) {
      t.pass('Route ACL', `${what}: ${route === undefined ? 'the route' : describeRoutes(m.kind === 'exit-node' ? 'exit node' : 'network route', route.network_id, [route])} has no ACL groups, so every peer in its distribution groups is permitted`);
    } else {
      const denied = aclOutcome(t, 'Route ACL', decideRouteAcl(index, source.id, acl, packet), `${what} (ACL groups ${acl.join(', ')})`, `no policy from the client towards the route's ACL groups allows it`);
      if (denied !== null) return denied;
    }
  }
  const sourceIp = ip.version === 6 && source.ipv6 ? source.ipv6 : source.ip;
  if (option.masquerade) {
    const lan = index.lab(option.peerId).lan_ip ?? null;
    t.source_after_nat = lan;
    t.pass('NAT', `masquerade on: source ${sourceIp} becomes ${lan ?? `the LAN address of ${rp} (unknown: no lab lan_ip)`}`);
  } else {
    t.source_after_nat = sourceIp;
    t.pass('NAT', `masquerade off: source stays ${sourceIp}; the destination network needs a return route to the NetBird range via ${rp}`);
  }
  t.pass('Forwarding', `${rp} forwards the packet to ${ip.text}`);
  return t.finish(`delivered to ${ip.text} through ${rp}`);
}

/** routeThrough: the routing stages, then delivery through the chosen routing peer. */
export function routeThrough(ctx: TraceContext, t: TraceRecorder, ip: IpAddress, dest: string, m: RoutedMatch, plan: RoutePlan): TraceResult {
  const outcome = routingStages(ctx, t, dest, m, plan);
  return outcome.kind === 'continue' ? deliverRouted(ctx, t, ip, m, outcome.option) : outcome.result;
}
