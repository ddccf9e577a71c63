import { parseCidr, parseDomain, type Result } from '@/domain/net';
import { issue, type FieldIssue, type RefLookup } from './field-issue';
import { assertNever } from '../../assert-never';

/**
 * Route rules: the checks NetBird's management server applies to a legacy network route
 * (POST/PUT /api/routes), written once for the control plane and the route form. Also the small
 * pieces every routing object shares (metric range, "peer xor peer_groups", group references), so
 * network routers and resources check them with the same words.
 */

/** METRIC_MIN / METRIC_MAX: NetBird's route metric range; the lowest metric wins. */
export const METRIC_MIN = 1;
export const METRIC_MAX = 9999;
/** NETWORK_ID_MAX: NetBird counts `network_id` in characters (runes), not bytes. */
export const NETWORK_ID_MAX = 40;
/** MAX_ROUTE_DOMAINS: a dynamic route resolves at most 32 domains. */
export const MAX_ROUTE_DOMAINS = 32;

export const isValidMetric = (metric: number): boolean => Number.isInteger(metric) && metric >= METRIC_MIN && metric <= METRIC_MAX;

export function metricIssue(metric: number): FieldIssue | null {
  return isValidMetric(metric) ? null : issue('metric', `metric must be between ${METRIC_MIN} and ${METRIC_MAX}, got ${metric}`);
}

/** RoutingPeerDraft: who routes, as routes and network routers both say it. */
export interface RoutingPeerDraft {
  peer?: string | undefined;
  peer_groups?: readonly string[] | null | undefined;
}

/**
 * presentPeer / presentPeerGroups: NetBird's dashboard sends `peer: ""` with peer groups and
 * `peer_groups: []` with a peer, so empty values mean "not set".
 */
export const presentPeer = (d: RoutingPeerDraft): string | undefined => (d.peer !== undefined && d.peer.trim() !== '' ? d.peer : undefined);
export const presentPeerGroups = (d: RoutingPeerDraft): string[] => [...(d.peer_groups ?? [])];

/** groupRefIssues: one issue per referenced group that does not exist, naming the field and the id. */
export function groupRefIssues(field: string, ids: readonly string[], refs: RefLookup): FieldIssue[] {
  return ids.filter((id) => !refs.hasGroup(id)).map((id) => issue(field, `${field}: group "${id}" does not exist`));
}

/** routingPeerIssues: exactly one of `peer` / `peer_groups`, and what is named exists. */
export function routingPeerIssues(d: RoutingPeerDraft, refs: RefLookup): FieldIssue[] {
  const peer = presentPeer(d);
  const groups = presentPeerGroups(d);
  if (peer !== undefined && groups.length > 0) {
    return [issue('peer', 'peer and peer_groups cannot both be set: choose one routing peer or routing peer groups')];
  }
  if (peer === undefined && groups.length === 0) return [issue('peer', 'a routing peer is required: set peer or peer_groups')];
  if (peer !== undefined) return refs.hasPeer(peer) ? [] : [issue('peer', `peer "${peer}" does not exist`)];
  return groupRefIssues('peer_groups', groups, refs);
}

/** RouteDraft: the fields of a route request the rules look at; NetBird's RouteRequest fits it. */
export interface RouteDraft extends RoutingPeerDraft {
  network_id: string;
  network?: string | undefined;
  domains?: readonly string[] | null | undefined;
  metric: number;
  groups: readonly string[];
  access_control_groups?: readonly string[] | null | undefined;
}

/** RouteTarget: what a valid route routes, normalized the way NetBird stores it. */
export type RouteTarget =
  | { kind: 'network'; network: string; network_type: 'IPv4' | 'IPv6' }
  | { kind: 'domains'; domains: string[]; network_type: 'Domain' };

const hasNetwork = (d: Pick<RouteDraft, 'network'>) => d.network !== undefined && d.network.trim() !== '';
const hasDomains = (d: Pick<RouteDraft, 'domains'>) => (d.domains ?? []).length > 0;

/**
 * normalizeRouteDomains: IDNA to punycode, lower case, optional leading "*.", duplicates dropped
 * (they would resolve the same name twice). The first bad name is the error.
 */
export function normalizeRouteDomains(domains: readonly string[]): Result<string[]> {
  if (domains.length > MAX_ROUTE_DOMAINS) return { ok: false, error: tooManyDomains(domains.length) };
  const out: string[] = [];
  for (const d of domains) {
    const parsed = parseDomain(d, { allowWildcard: true });
    if (!parsed.ok) return parsed;
    if (!out.includes(parsed.value.ascii)) out.push(parsed.value.ascii);
  }
  return { ok: true, value: out };
}

const tooManyDomains = (n: number) => `domains has ${n} entries; a route accepts at most ${MAX_ROUTE_DOMAINS}`;

function targetIssues(d: RouteDraft): FieldIssue[] {
  const net = hasNetwork(d);
  const doms = hasDomains(d);
  if (net && doms) return [issue('network', 'network and domains cannot both be set: a route is either a CIDR or a domain list')];
  if (!net && !doms) return [issue('network', 'a route needs either network (a CIDR such as 10.0.0.0/16) or domains')];
  if (net) {
    const cidr = parseCidr(d.network ?? '');
    return cidr.ok ? [] : [issue('network', `invalid network: ${cidr.error}`)];
  }
  const domains = d.domains ?? [];
  if (domains.length > MAX_ROUTE_DOMAINS) return [issue('domains', tooManyDomains(domains.length))];
  const issues: FieldIssue[] = [];
  domains.forEach((name, i) => {
    const parsed = parseDomain(name, { allowWildcard: true });
    if (!parsed.ok) issues.push(issue(`domains.${i}`, `invalid domains entry: ${parsed.error}`));
  });
  return issues;
}

/** routeTarget: the normalized target of a draft whose target is valid (masked CIDR or punycode domains), else null. */
export function routeTarget(d: Pick<RouteDraft, 'network' | 'domains'>): RouteTarget | null {
  if (hasDomains(d)) {
    if (hasNetwork(d)) return null;
    const domains = normalizeRouteDomains(d.domains ?? []);
    return domains.ok ? { kind: 'domains', domains: domains.value, network_type: 'Domain' } : null;
  }
  if (!hasNetwork(d)) return null;
  const cidr = parseCidr(d.network ?? '');
  if (!cidr.ok) return null;
  return { kind: 'network', network: cidr.value.text, network_type: cidr.value.version === 4 ? 'IPv4' : 'IPv6' };
}

/** validateRoute: every broken rule of a route draft, target first, then peers, identifier, metric, groups. */
export function validateRoute(d: RouteDraft, refs: RefLookup): FieldIssue[] {
  const issues = [...targetIssues(d), ...routingPeerIssues(d, refs)];
  const idLength = [...d.network_id].length;
  if (idLength === 0) issues.push(issue('network_id', `network_id must not be empty (1 to ${NETWORK_ID_MAX} characters)`));
  if (idLength > NETWORK_ID_MAX) issues.push(issue('network_id', `network_id must be 1 to ${NETWORK_ID_MAX} characters, got ${idLength}`));
  const metric = metricIssue(d.metric);
  if (metric) issues.push(metric);
  if (d.groups.length === 0) issues.push(issue('groups', 'groups must name at least one distribution group (the peers that receive the route)'));
  issues.push(...groupRefIssues('groups', d.groups, refs), ...groupRefIssues('access_control_groups', d.access_control_groups ?? [], refs));
  return issues;
}

/** ExistingRoute: a stored route as the uniqueness rule sees it; NetBird's Route fits it. */
export interface ExistingRoute extends RoutingPeerDraft {
  id: string;
  network_id: string;
  network?: string | undefined;
  domains?: readonly string[] | null | undefined;
}

/** RouteServingLookup: which peers a group holds, and names for messages. */
export interface RouteServingLookup {
  peersOfGroup(groupId: string): readonly string[];
  peerName?(peerId: string): string | undefined;
  groupName?(groupId: string): string | undefined;
}

/** targetKey: equal for two routes of the same masked prefix or the same set of domains. */
function targetKey(target: RouteTarget): string {
  switch (target.kind) {
    case 'network':
      return `network:${target.network}`;
    case 'domains':
      return `domains:${[...target.domains].sort().join(',')}`;
    default:
      return assertNever(target);
  }
}

function describeTarget(target: RouteTarget): string {
  return target.kind === 'network' ? target.network : `domains [${target.domains.join(', ')}]`;
}

/**
 * routeConflictIssues: one peer may not serve the same prefix or domain list twice (NetBird
 * answers 409 AlreadyExists). Another route with the same target conflicts when it names the same
 * peer, the same peer group, or a group holding the candidate's peer or one of its groups' peers.
 * `selfId` is the route being updated, which never conflicts with itself.
 */
export function routeConflictIssues(
  d: RouteDraft,
  selfId: string | undefined,
  others: Iterable<ExistingRoute>,
  lookup: RouteServingLookup,
): FieldIssue[] {
  const target = routeTarget(d);
  if (!target) return [];
  const key = targetKey(target);
  const peer = presentPeer(d);
  const groups = presentPeerGroups(d);
  const peerLabel = (id: string) => `peer "${lookup.peerName?.(id) ?? id}"`;
  const groupLabel = (id: string) => `peer group "${lookup.groupName?.(id) ?? id}"`;
  for (const other of others) {
    if (other.id === selfId) continue;
    const otherTarget = routeTarget(other);
    if (!otherTarget || targetKey(otherTarget) !== key) continue;
    const otherGroups = presentPeerGroups(other);
    const served = new Set<string>();
    const otherPeer = presentPeer(other);
    if (otherPeer !== undefined) served.add(otherPeer);
    for (const g of otherGroups) for (const p of lookup.peersOfGroup(g)) served.add(p);
    const where = `already serves ${describeTarget(target)} in route "${other.network_id}"`;
    if (peer !== undefined && served.has(peer)) return [issue('peer', `${peerLabel(peer)} ${where}`)];
    for (const g of groups) {
      if (otherGroups.includes(g)) return [issue('peer_groups', `${groupLabel(g)} ${where}`)];
      const member = lookup.peersOfGroup(g).find((p) => served.has(p));
      if (member !== undefined) return [issue('peer_groups', `${peerLabel(member)} of ${groupLabel(g)} ${where}`)];
    }
  }
  return [];
}
