import { buildAccountIndex, peersOfGroup, type AccountIndex } from '@/domain/account';
import { classifyResourceAddress, err, ok, type ResourceKind, type Result } from '@/domain/net';
import { routeHasAclGroups } from '@/domain/rules/explain/route-acl';
import { haSetKey } from '@/domain/rules/lint/serving-units';
import { isExitNodeRoute } from '@/domain/routes/exit-node';
import { presentPeer } from '@/domain/rules/validate/route';
import type { SnapRoute, Snapshot } from '@/domain/snapshot';

/**
 * route-migration: how a legacy network route becomes a Network with the same effect, as a plan
 * the console shows before anything is changed and then applies step by step.
 *
 * What a route grants, per NetBird's docs ("Configuring Routes with Access Control"):
 * - Without ACL groups, every peer of its distribution groups reaches the whole destination, on
 *   every protocol and port. A Network denies by default, so the equivalent is one policy from the
 *   distribution groups to the resource, protocol "all", one-way (a resource has no agent and never
 *   opens connections back; NetBird forces resource policies unidirectional anyway). The resource
 *   gets a new group of its own, so the policy names nothing but the migrated destination.
 * - With ACL groups, the route is governed by the policies whose DESTINATION is an ACL group ("the
 *   access control group only takes effect when used as a destination group in a policy"), with
 *   their sources, protocols and ports; with no such policy the route drops everything. A network
 *   resource is governed by the policies whose destination is one of ITS groups. So the resource
 *   joins the ACL groups: the same policies then govern it with the same ports, and keep doing so
 *   when someone edits them later. No new policy is created: one from the distribution groups to
 *   the resource would widen access to everything, undoing the ACL. The one difference is said
 *   in the plan: a route also needs the client in a distribution group, a Network does not, so
 *   sources of those policies outside the distribution groups gain access.
 *
 * A route that belongs to an HA route set (same network identifier and destination) is migrated
 * with its whole set: every route becomes a router of the one network and every route is
 * disabled, because half a set left behind would keep serving the destination alongside the network.
 */

/** GroupTarget: a group that exists, or the group the migration creates for the resources. */
export type GroupTarget = { kind: 'existing'; id: string } | { kind: 'new' };

export interface MigrationResource {
  name: string;
  description: string;
  address: string;
  type: ResourceKind;
  enabled: boolean;
  groups: GroupTarget[];
}

export interface MigrationRouter {
  fromRouteId: string;
  peer?: string;
  peer_groups?: string[];
  metric: number;
  masquerade: boolean;
  enabled: boolean;
}

export interface MigrationPolicy {
  name: string;
  description: string;
  /** Distribution group ids: the peers the route reached without restriction. */
  sources: string[];
  /** Always the new group: the policy names only the migrated destination. */
  destination: GroupTarget;
  protocol: 'all';
  bidirectional: false;
}

/** MigrationStep: one API change, applied in order; later steps use the ids earlier steps created. */
export type MigrationStep =
  | { kind: 'create-group'; name: string }
  | { kind: 'create-network'; name: string; description: string }
  | { kind: 'create-resource'; resource: MigrationResource }
  | { kind: 'create-router'; router: MigrationRouter }
  | { kind: 'create-policy'; policy: MigrationPolicy }
  | { kind: 'disable-route'; routeId: string; networkId: string };

export interface RouteMigrationPlan {
  /** The routes migrated together (the HA route set), the given route first. */
  routes: SnapRoute[];
  steps: MigrationStep[];
  /** Existing policies that will govern the resource (those targeting the ACL groups). */
  governingPolicies: { id: string; name: string }[];
  /** What changes in behaviour or is not carried over, in plain sentences. */
  notes: string[];
}

/** uniqueName: `base`, or `base 2`, `base 3`… the first one not in `taken`. */
function uniqueName(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base} ${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

const groupNames = (index: AccountIndex, ids: readonly string[]): string => ids.map((id) => index.groups.get(id)?.name ?? id).join(', ');

function resourcesOf(route: SnapRoute, index: AccountIndex, groups: GroupTarget[], enabled: boolean): Result<MigrationResource[]> {
  const taken = new Set<string>();
  for (const list of Object.values(index.snapshot.network_resources)) for (const r of list) taken.add(r.name);
  const domains = route.domains ?? [];
  const addresses = domains.length > 0 ? domains : [route.network ?? ''];
  const out: MigrationResource[] = [];
  for (const address of addresses) {
    const classified = classifyResourceAddress(address);
    if (!classified.ok) return err(`the route's destination "${address}" is not a valid resource address: ${classified.error}`);
    const name = uniqueName(domains.length > 0 ? classified.value.address : route.network_id, taken);
    taken.add(name);
    out.push({ name, description: route.description, address: classified.value.address, type: classified.value.type, enabled, groups });
  }
  return ok(out);
}

function routerOf(route: SnapRoute): MigrationRouter {
  const peer = presentPeer(route);
  const base = { fromRouteId: route.id, metric: route.metric, masquerade: route.masquerade, enabled: route.enabled };
  return peer !== undefined ? { ...base, peer } : { ...base, peer_groups: [...(route.peer_groups ?? [])] };
}

const unique = (ids: Iterable<string>): string[] => [...new Set(ids)];

/** governingPoliciesOf: enabled accept rules whose destinations include an ACL group, by policy. */
function governingPoliciesOf(index: AccountIndex, aclGroups: ReadonlySet<string>) {
  const out: { id: string; name: string; sources: string[] }[] = [];
  for (const p of index.snapshot.policies) {
    if (!p.enabled) continue;
    const rules = p.rules.filter((r) => r.enabled && r.action === 'accept' && r.destinations.some((d) => aclGroups.has(d.id)));
    if (rules.length > 0) out.push({ id: p.id, name: p.name, sources: unique(rules.flatMap((r) => r.sources.map((s) => s.id))) });
  }
  return out;
}

/** peersOutside: how many peers of `sources` are in none of `distribution`. */
function peersOutside(index: AccountIndex, sources: readonly string[], distribution: readonly string[]): number {
  const distributed = new Set<string>();
  for (const g of distribution) for (const p of peersOfGroup(index, g)) distributed.add(p);
  const outside = new Set<string>();
  for (const g of sources) for (const p of peersOfGroup(index, g)) if (!distributed.has(p)) outside.add(p);
  return outside.size;
}

/**
 * planRouteMigration: the steps that turn `route` (and the rest of its HA route set) into a
 * Network with the same effect, or why it cannot be migrated (an exit node stays a route:
 * Networks have no default-route resource).
 */
export function planRouteMigration(route: SnapRoute, snapshot: Snapshot): Result<RouteMigrationPlan> {
  if (isExitNodeRoute(route)) return err('exit nodes stay network routes: a Network cannot route 0.0.0.0/0');
  const index = buildAccountIndex(snapshot);
  const key = haSetKey(route);
  const routes = [route, ...snapshot.routes.filter((r) => r.id !== route.id && haSetKey(r) === key)];
  // A disabled route grants nothing today: only enabled routes define who gets access, unless the
  // whole set is disabled (then the network is created switched off and mirrors the configuration).
  const enabledRoutes = routes.filter((r) => r.enabled);
  const granting = enabledRoutes.length > 0 ? enabledRoutes : routes;
  const unrestricted = granting.filter((r) => !routeHasAclGroups(r));
  const aclGroups = unique(granting.flatMap((r) => r.access_control_groups ?? []));
  const openSources = unique(unrestricted.flatMap((r) => r.groups));
  const needsNewGroup = unrestricted.length > 0 || aclGroups.length === 0;

  const groupTargets: GroupTarget[] = [...aclGroups.map((id): GroupTarget => ({ kind: 'existing', id })), ...(needsNewGroup ? [{ kind: 'new' } as const] : [])];
  const resources = resourcesOf(route, index, groupTargets, enabledRoutes.length > 0);
  if (!resources.ok) return resources;

  const steps: MigrationStep[] = [];
  if (needsNewGroup) {
    steps.push({ kind: 'create-group', name: uniqueName(`${route.network_id} resources`, new Set(snapshot.groups.map((g) => g.name))) });
  }
  const description = `Migrated from network route "${route.network_id}"${route.description ? `: ${route.description}` : ''}`;
  steps.push({ kind: 'create-network', name: route.network_id, description });
  for (const resource of resources.value) steps.push({ kind: 'create-resource', resource });
  for (const r of routes) steps.push({ kind: 'create-router', router: routerOf(r) });
  if (openSources.length > 0) {
    steps.push({
      kind: 'create-policy',
      policy: {
        name: `${groupNames(index, openSources)} to ${route.network_id}`,
        description: `What network route "${route.network_id}" granted without ACL groups: every peer of its distribution groups, all traffic`,
        sources: openSources,
        destination: { kind: 'new' },
        protocol: 'all',
        bidirectional: false,
      },
    });
  }
  for (const r of routes) steps.push({ kind: 'disable-route', routeId: r.id, networkId: r.network_id });

  const governing = governingPoliciesOf(index, new Set(aclGroups));
  const distribution = unique(granting.flatMap((r) => r.groups));
  return ok({
    routes,
    steps,
    governingPolicies: governing.map(({ id, name }) => ({ id, name })),
    notes: migrationNotes(index, { routes, enabledCount: enabledRoutes.length, aclGroups, governing, distribution, resources: resources.value }),
  });
}

interface NoteInput {
  routes: readonly SnapRoute[];
  enabledCount: number;
  aclGroups: readonly string[];
  governing: readonly { name: string; sources: string[] }[];
  distribution: readonly string[];
  resources: readonly MigrationResource[];
}

function migrationNotes(index: AccountIndex, n: NoteInput): string[] {
  const notes: string[] = [];
  const first = n.routes[0];
  if (n.routes.length > 1 && first) {
    notes.push(`"${first.network_id}" is an HA route set of ${n.routes.length} routes: each becomes a routing peer of the network, and all ${n.routes.length} are disabled.`);
  }
  if (n.enabledCount === 0) notes.push('The route is disabled, so the resource and routing peers are created disabled too.');
  if (n.aclGroups.length > 0) {
    const acl = groupNames(index, n.aclGroups);
    if (n.governing.length === 0) {
      notes.push(`No enabled policy targets the ACL groups (${acl}): the route carries no traffic today, and the resource stays unreachable until a policy allows it.`);
    } else {
      notes.push(`The resource joins the ACL groups (${acl}), so ${n.governing.map((p) => `"${p.name}"`).join(', ')} keep deciding who reaches it, on the same ports.`);
      for (const p of n.governing) {
        const outside = peersOutside(index, p.sources, n.distribution);
        if (outside > 0) {
          notes.push(
            `${outside} ${outside === 1 ? 'peer' : 'peers'} allowed by "${p.name}" ${outside === 1 ? 'is' : 'are'} in no distribution group: the route never reached ${outside === 1 ? 'it' : 'them'}, the network will.`,
          );
        }
      }
    }
  }
  if (n.routes.some((r) => r.keep_route && (r.domains ?? []).length > 0)) {
    notes.push('Keep route is not carried over: network resources have no such setting.');
  }
  if (n.resources.some((r) => r.address.startsWith('*.')) && index.snapshot.account.settings.routing_peer_dns_resolution_enabled !== true) {
    notes.push('Wildcard domain resources need Routing Peer DNS Resolution, which is off: enable it under DNS, or the wildcard resources resolve nothing.');
  }
  return notes;
}
