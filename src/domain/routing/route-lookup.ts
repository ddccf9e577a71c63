import { groupsOfPeer, type AccountIndex, type IndexedResource } from '@/domain/account';
import { distributingRule } from '@/domain/access/decide-acl';
import { rulesFromPeer } from '@/domain/access/rule-index';
import type { IpAddress } from '@/domain/net';
import type { SnapPeer, SnapRoute } from '@/domain/snapshot';
import { domainTargetsFor, prefixTargetsFor, routeIndexOf, type DomainTarget, type PrefixTarget } from './route-index';

/**
 * route-lookup: the route a source peer's agent picks for a destination. Only what the source
 * actually receives counts: Networks send a resource's route only to the sources of a policy
 * that targets it, legacy routes go to their distribution groups, and of the exit nodes exactly
 * one is active. Longest prefix wins; a peer's overlay IP beats everything; exit nodes come last.
 */

export interface LookupOptions {
  /** The exit node the client selected (route network_id or id); otherwise the auto-applied default. */
  selectedExitNode?: string | null | undefined;
}

/** RouteMatch: what carries the packet, or why nothing does. */
export type RouteMatch =
  | { kind: 'peer'; peer: SnapPeer }
  | { kind: 'network-resource'; resource: IndexedResource; via: 'prefix' | 'domain'; matched: string }
  | { kind: 'network-route'; network_id: string; routes: readonly SnapRoute[]; via: 'prefix' | 'domain'; matched: string }
  | { kind: 'exit-node'; network_id: string; routes: readonly SnapRoute[]; selected: boolean }
  | { kind: 'ipv6-blocked'; network_id: string; routes: readonly SnapRoute[]; selected: boolean }
  | { kind: 'none'; unreceived: readonly IndexedResource[] };

/** receivesResource: the resource is enabled and some policy sends its route to the peer. */
export function receivesResource(index: AccountIndex, peerId: string, resource: IndexedResource): boolean {
  return resource.enabled && distributingRule(index, peerId, resource.id) !== null;
}

/** receivesRoute: the legacy route is enabled and one of its distribution groups holds the peer. */
export function receivesRoute(index: AccountIndex, peerId: string, route: SnapRoute): boolean {
  if (!route.enabled) return false;
  const groups = groupsOfPeer(index, peerId);
  return route.groups.some((g) => groups.has(g));
}

type Target = PrefixTarget | DomainTarget;

const matchedText = (t: Target): string => ('cidr' in t ? t.cidr.text : t.pattern.ascii);

/**
 * pickAmong: among targets of equal specificity, a received Network resource first (account
 * order), else the received legacy routes of the smallest network_id (one HA route set).
 */
function pickAmong(index: AccountIndex, peerId: string, targets: readonly Target[], via: 'prefix' | 'domain', unreceived: IndexedResource[]): RouteMatch | null {
  let routeTarget: Target | null = null;
  for (const t of targets) {
    if (t.kind === 'resource') {
      if (receivesResource(index, peerId, t.resource)) return { kind: 'network-resource', resource: t.resource, via, matched: matchedText(t) };
      unreceived.push(t.resource);
    } else if (receivesRoute(index, peerId, t.route) && (routeTarget === null || (routeTarget.kind === 'route' && t.route.network_id < routeTarget.route.network_id))) {
      routeTarget = t;
    }
  }
  if (routeTarget === null || routeTarget.kind !== 'route') return null;
  const networkId = routeTarget.route.network_id;
  const routes = targets.flatMap((t) => (t.kind === 'route' && t.route.network_id === networkId && receivesRoute(index, peerId, t.route) ? [t.route] : []));
  return { kind: 'network-route', network_id: networkId, routes: [...new Set(routes)], via, matched: matchedText(routeTarget) };
}

/** ActiveExitNode: the one exit node (an HA route set sharing a network_id) a client uses. */
export interface ActiveExitNode {
  network_id: string;
  routes: readonly SnapRoute[];
  selected: boolean;
}

/**
 * activeExitNode: the exit node the client selected, else the lexicographically smallest
 * network_id among the auto-applied ones (`skip_auto_apply` false) it receives.
 */
export function activeExitNode(index: AccountIndex, peerId: string, opts: LookupOptions = {}): ActiveExitNode | null {
  const received = routeIndexOf(index).exitRoutes.filter((r) => receivesRoute(index, peerId, r));
  const pick = (networkId: string, selected: boolean): ActiveExitNode => ({ network_id: networkId, routes: received.filter((r) => r.network_id === networkId), selected });
  const sel = opts.selectedExitNode;
  if (sel !== null && sel !== undefined && sel !== '') {
    const chosen = received.find((r) => r.network_id === sel || r.id === sel);
    if (chosen !== undefined) return pick(chosen.network_id, true);
  }
  let best: string | null = null;
  for (const r of received) if (r.skip_auto_apply !== true && (best === null || r.network_id < best)) best = r.network_id;
  return best === null ? null : pick(best, false);
}

/** lookupIp: the route for an address. `unreceived` lists Network resources that cover it but are not sent to the source. */
export function lookupIp(index: AccountIndex, peerId: string, ip: IpAddress, opts: LookupOptions = {}): RouteMatch {
  const peer = index.peerByIp.get(ip.text);
  if (peer !== undefined) return { kind: 'peer', peer };
  const unreceived: IndexedResource[] = [];
  for (const level of prefixTargetsFor(routeIndexOf(index), ip)) {
    const m = pickAmong(index, peerId, level, 'prefix', unreceived);
    if (m !== null) return m;
  }
  const exit = activeExitNode(index, peerId, opts);
  if (exit !== null) {
    const family = exit.routes.filter((r) => routeFamily(index, r) === ip.version);
    if (family.length > 0) return { kind: 'exit-node', network_id: exit.network_id, routes: family, selected: exit.selected };
    if (ip.version === 6) return { kind: 'ipv6-blocked', network_id: exit.network_id, routes: exit.routes, selected: exit.selected };
  }
  return { kind: 'none', unreceived };
}

function routeFamily(index: AccountIndex, route: SnapRoute): 4 | 6 | null {
  return routeIndexOf(index).routeCidr.get(route.id)?.version ?? null;
}

/**
 * lookupDomain: the domain route (Network domain resource or legacy domain route) the source
 * receives for `name` (lower-case ASCII), most specific pattern first; `match` is null when it
 * receives none, and then the client resolves the name itself.
 */
export function lookupDomain(index: AccountIndex, peerId: string, name: string): { match: RouteMatch | null; unreceived: readonly IndexedResource[] } {
  const unreceived: IndexedResource[] = [];
  for (const level of domainTargetsFor(routeIndexOf(index), name)) {
    const m = pickAmong(index, peerId, level, 'domain', unreceived);
    if (m !== null) return { match: m, unreceived };
  }
  return { match: null, unreceived };
}

/** ReceivedRoute: one entry of what `netbird networks ls` would show for a client. */
export type ReceivedRoute =
  | { kind: 'network-resource'; resource: IndexedResource }
  | { kind: 'network-route'; route: SnapRoute }
  | { kind: 'exit-node'; route: SnapRoute; active: boolean };

/** receivedRoutes lists every route a peer receives (for views; a trace uses the lookups above). */
export function receivedRoutes(index: AccountIndex, peerId: string, opts: LookupOptions = {}): ReceivedRoute[] {
  const out: ReceivedRoute[] = [];
  const seen = new Set<string>();
  const addResource = (id: string) => {
    const resource = index.resources.get(id);
    if (resource === undefined || !resource.enabled || seen.has(id)) return;
    seen.add(id);
    out.push({ kind: 'network-resource', resource });
  };
  for (const rule of rulesFromPeer(index, peerId)) {
    if (rule.destinationResource !== null) addResource(rule.destinationResource);
    for (const g of rule.destinationGroups) for (const id of index.groupResources.get(g) ?? []) addResource(id);
  }
  const exit = activeExitNode(index, peerId, opts);
  const ri = routeIndexOf(index);
  for (const route of index.snapshot.routes) {
    if (!receivesRoute(index, peerId, route)) continue;
    const cidr = ri.routeCidr.get(route.id);
    if (cidr !== undefined && cidr.prefix === 0) out.push({ kind: 'exit-node', route, active: exit?.network_id === route.network_id });
    else out.push({ kind: 'network-route', route });
  }
  return out;
}
