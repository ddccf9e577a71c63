import { isPeerOnline, type AccountIndex, type IndexedResource } from '@/domain/account';
import { decidePeerAcl } from '@/domain/access/decide-acl';
import { describePacket, type PacketSpec, type TraceProtocol } from '@/domain/access/packet-match';
import { describeRule } from '@/domain/access/rule-index';
import { err, ok, parseIp, parsePort, type IpAddress, type Result } from '@/domain/net';
import type { ClientRoutingState } from '@/domain/routing/choose-for-client';
import { DNS_FORWARDER_PORT, dnsForwarderPort } from '@/domain/routing/dns-forwarder-port';
import { lookupDomain, lookupIp, type RouteMatch } from '@/domain/routing/route-lookup';
import type { SnapPeer } from '@/domain/snapshot';
import { describeMatch, describeResource } from './describe';
import { findPeer, peerLabel } from './find-peer';
import { labDnsAnswers } from './lab-dns';
import { parseDestination, type TraceTarget } from './parse-destination';
import type { TraceContext } from './trace-context';
import { startTrace, type TraceRecorder } from './trace-recorder';
import type { TraceResult } from './trace-result';
import { planProblem, planRoute, routeThrough, setPath } from './trace-routed';

/**
 * trace-packet: one packet from a source peer to a destination, through the stages a NetBird
 * data plane applies (like `netbird debug trace`, but across the whole account): resolve,
 * route lookup, routing-peer choice, peer connection, the deciding chain, NAT, forwarding.
 */

export interface TraceQuery {
  /** Source peer: id, name or overlay IP. */
  from: string;
  /** Destination: peer id/name, resource id, IP, IP:port, domain or domain:port. */
  to: string;
  /** Default: tcp when a port is given, else all. */
  protocol?: TraceProtocol | undefined;
  /** Overrides a port given in `to`. */
  port?: number | null | undefined;
  /** The exit node the client selected (route network_id or id). */
  selectedExitNode?: string | null | undefined;
  /** The client's routing state (current peers, link states); default: the lab's static state. */
  routingState?: ClientRoutingState | undefined;
}

/**
 * tracePacket: the trace, or an error when the query names no known source or no parsable
 * destination (a denial is a result, not an error).
 */
export function tracePacket(index: AccountIndex, query: TraceQuery): Result<TraceResult> {
  const source = findPeer(index, query.from);
  if (source === null) return err(`source "${query.from}" is not a peer id, name or overlay IP of this account`);
  const dest = parseDestination(index, query.to);
  if (!dest.ok) return dest;
  let port = dest.value.port;
  if (query.port !== undefined && query.port !== null) {
    const p = parsePort(query.port);
    if (!p.ok) return err(p.error);
    port = p.value;
  }
  const packet: PacketSpec = { protocol: query.protocol ?? (port !== null ? 'tcp' : 'all'), port };
  const ctx: TraceContext = { index, source, packet, lookup: { selectedExitNode: query.selectedExitNode }, state: query.routingState ?? {} };
  return ok(runTrace(ctx, dest.value.target, query.to.trim()));
}

function runTrace(ctx: TraceContext, target: TraceTarget, destText: string): TraceResult {
  const t = startTrace();
  t.pass('Received', `packet (${describePacket(ctx.packet)}) from ${peerLabel(ctx.index, ctx.source.id)} [${ctx.source.ip}] to ${destText}`);
  if (target.kind === 'ip') return followMatch(ctx, t, target.ip, lookupIp(ctx.index, ctx.source.id, target.ip, ctx.lookup));
  return traceDomain(ctx, t, target.name);
}

function firstIp(answers: readonly string[]): IpAddress | null {
  for (const a of answers) {
    const ip = parseIp(a);
    if (ip.ok) return ip.value;
  }
  return null;
}

/**
 * traceDomain: a name is resolved through a routing peer's DNS forwarder only when the client
 * receives that domain's route and Routing Peer DNS Resolution is on; otherwise the client
 * resolves it itself, and the answer may then fall into another route it has (the docs'
 * domain/IP-range leak).
 */
function traceDomain(ctx: TraceContext, t: TraceRecorder, name: string): TraceResult {
  const { index } = ctx;
  const { match, unreceived } = lookupDomain(index, ctx.source.id, name);
  const answers = [...labDnsAnswers(index, name)];
  const routed = match !== null && (match.kind === 'network-resource' || match.kind === 'network-route') ? match : null;
  if (routed !== null && index.snapshot.account.settings.routing_peer_dns_resolution_enabled === true) {
    const plan = planRoute(ctx, routed);
    if (plan.kind !== 'chosen') {
      setPath(t, routed, plan);
      t.dns = { name, answers: [], resolver_peer: null, port: null };
      const reason = plan.kind === 'no-link' ? 'no-peer-connection' : 'routing-peer-unavailable';
      const why = planProblem(ctx, routed, plan) ?? '';
      return t.deny('Resolve', reason, `${name} matches ${describeMatch(index, routed)}; Routing Peer DNS Resolution sends the query to a routing peer's DNS forwarder, but ${why}`);
    }
    const port = dnsForwarderPort(index);
    const resolver = peerLabel(index, plan.option.peerId);
    t.dns = { name, answers, resolver_peer: plan.option.peerId, port };
    const ip = firstIp(answers);
    if (ip === null) return t.deny('Resolve', 'dns-unresolved', `the DNS forwarder of routing peer ${resolver} (port ${port}) has no answer for ${name}`);
    const why = port === DNS_FORWARDER_PORT ? 'every peer of the account runs ≥ 0.59.0' : 'some peers run < 0.59.0, which keeps the account on 5353';
    t.pass('Resolve', `${name} → ${answers.join(', ')}, answered by the DNS forwarder of routing peer ${resolver} on port ${port} (${why})`);
    return routeThrough(ctx, t, ip, `${name} (${ip.text})`, routed, plan);
  }
  t.dns = { name, answers, resolver_peer: null, port: null };
  const ip = firstIp(answers);
  if (ip === null) return t.deny('Resolve', 'dns-unresolved', `${name} does not resolve (no DNS answer for it)`);
  if (routed !== null) {
    t.pass('Resolve', `${name} → ${answers.join(', ')}, resolved by the client (Routing Peer DNS Resolution is off); the domain's route carries the answers`);
    return followMatch(ctx, t, ip, routed, name);
  }
  const note = unreceived.length > 0 ? `; ${unreceived.map((r) => describeResource(index, r)).join(', ')} matches the name but is not sent to this client` : '';
  t.pass('Resolve', `${name} → ${answers.join(', ')}, resolved by the client: it receives no route for this domain${note}`);
  const m = lookupIp(index, ctx.source.id, ip, ctx.lookup);
  return followMatch(ctx, t, ip, m.kind === 'none' ? { kind: 'none', unreceived: [...unreceived, ...m.unreceived] } : m, name);
}

function followMatch(ctx: TraceContext, t: TraceRecorder, ip: IpAddress, m: RouteMatch, name?: string): TraceResult {
  const dest = name === undefined ? ip.text : `${name} (${ip.text})`;
  switch (m.kind) {
    case 'peer':
      return tracePeer(ctx, t, m.peer);
    case 'network-resource':
    case 'network-route':
    case 'exit-node':
      return routeThrough(ctx, t, ip, dest, m, planRoute(ctx, m));
    case 'ipv6-blocked':
      setPath(t, m, null);
      return t.deny('Routing', 'ipv6-blocked', `${dest} is IPv6 and only ${describeMatch(ctx.index, { ...m, kind: 'exit-node' })} would carry it: exit nodes block IPv6 to prevent leaks outside the tunnel`);
    case 'none':
      return noRoute(ctx, t, dest, m.unreceived);
  }
}

function noRoute(ctx: TraceContext, t: TraceRecorder, dest: string, unreceived: readonly IndexedResource[]): TraceResult {
  const distinct = [...new Map(unreceived.map((r) => [r.id, r])).values()];
  if (distinct.length > 0) {
    const names = distinct.map((r) => describeResource(ctx.index, r)).join(', ');
    return t.deny('Routing', 'no-policy', `no route the client receives covers ${dest}: ${names} covers it, but Networks send a resource's route only to the sources of a policy that targets it, and none includes ${peerLabel(ctx.index, ctx.source.id)}`);
  }
  return t.deny('Routing', 'no-route', `no route covers ${dest}: it is not a peer, and no Network resource, network route or exit node the client has includes it`);
}

/** tracePeer: peer to peer, where the destination peer's input chain decides. */
function tracePeer(ctx: TraceContext, t: TraceRecorder, peer: SnapPeer): TraceResult {
  const { index, source, packet } = ctx;
  const label = peerLabel(index, peer.id);
  t.path = { kind: 'peer', id: peer.id, network_id: null };
  t.pass('Routing', `${peer.ip} is the overlay IP of peer ${label}: peer to peer, no routing peer`);
  if (peer.id === source.id) return t.finish('the destination is the source itself: delivered locally');
  if (!isPeerOnline(index, peer.id)) return t.deny('Peer connection', 'peer-offline', `${label} is offline`);
  t.pass('Peer connection', `${label} is online`);
  t.chain = 'input';
  const d = decidePeerAcl(index, source.id, peer.id, packet);
  const what = `input chain of ${label}, ${describePacket(packet)}`;
  switch (d.kind) {
    case 'accept': {
      t.policy = d.rule.policy.id;
      const reverse = d.rule.bidirectional && !d.rule.sourceGroups.some((g) => index.peerGroups.get(source.id)?.has(g)) && d.rule.sourcePeer !== source.id;
      t.pass('Peer ACL', `${what}: ${describeRule(d.rule)} accepts it${reverse ? ' (bidirectional, in its reverse direction)' : ''}`);
      return t.finish(`delivered to ${label}`);
    }
    case 'drop':
      t.policy = d.rule.policy.id;
      return t.deny('Peer ACL', 'policy-drop', `${what}: ${describeRule(d.rule)} drops it (drop rules are checked before accept rules)`);
    case 'no-match':
      return t.deny('Peer ACL', 'no-policy', `${what}: no peer-to-peer policy from ${peerLabel(index, source.id)} to ${label} allows it`);
  }
}
