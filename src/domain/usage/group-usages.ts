import { isExitNodeRoute } from '../routes/exit-node';
import { assertNever } from '../assert-never';

/**
 * group-usages: every place a group is referenced, with the role it plays there (a policy rule's
 * source or destination, a route's distribution, peer or ACL group, ...). One computation serves
 * the group page ("where is this group used"), the group editor (what a delete would break) and
 * the control plane (refuse deleting a group that is still used, naming who uses it).
 */

/** GroupIdRef: a group as other objects carry it: an id (requests, store) or expanded (`{id, name}` from responses). */
export type GroupIdRef = string | { readonly id: string };

type GroupIdList = readonly GroupIdRef[] | null | undefined;

/** GroupUsageLists: plain lists of everything that can reference a group; responses and store records fit. */
export interface GroupUsageLists {
  resources: readonly { id: string; name: string; network_id?: string | undefined; groups: GroupIdList }[];
  routes: readonly {
    id: string;
    network_id: string;
    network?: string | undefined;
    domains?: readonly string[] | null | undefined;
    groups: GroupIdList;
    peer_groups?: GroupIdList;
    access_control_groups?: GroupIdList;
  }[];
  nameservers: readonly { id: string; name: string; groups: GroupIdList }[];
  policies: readonly {
    id: string;
    name: string;
    rules: readonly { id?: string | undefined; name: string; sources?: GroupIdList; destinations?: GroupIdList }[];
  }[];
  setupKeys: readonly { id: string; name: string; auto_groups: GroupIdList }[];
  routers: readonly { id: string; network_id?: string | undefined; network_name?: string | undefined; peer_groups?: GroupIdList }[];
  disabledManagementGroups: GroupIdList;
}

/** RouteGroupRole: what a group does on a legacy route. */
export type RouteGroupRole = 'distribution' | 'routing peers' | 'access control';

/** PolicyGroupRole: which side of a rule a group is on. */
export type PolicyGroupRole = 'source' | 'destination';

export interface PolicyRuleUsage {
  /** Position of the rule in the policy (rules may have no id in requests). */
  index: number;
  ruleId?: string | undefined;
  ruleName: string;
  roles: PolicyGroupRole[];
}

/** GroupUsageDetail: one object holding on to the group, with enough to name and link it. */
export type GroupUsageDetail =
  | { kind: 'network resource'; id: string; name: string; networkId?: string | undefined }
  | { kind: 'route'; id: string; networkId: string; exitNode: boolean; roles: RouteGroupRole[] }
  | { kind: 'nameserver group'; id: string; name: string }
  | { kind: 'policy'; id: string; name: string; rules: PolicyRuleUsage[] }
  | { kind: 'setup key'; id: string; name: string }
  | { kind: 'network router'; id: string; networkId?: string | undefined; networkName?: string | undefined }
  | { kind: 'dns settings' };

export type GroupUsageDetailKind = GroupUsageDetail['kind'];

const idOf = (g: GroupIdRef): string => (typeof g === 'string' ? g : g.id);

function contains(list: GroupIdList, groupId: string): boolean {
  return (list ?? []).some((g) => idOf(g) === groupId);
}

/**
 * findGroupUsageDetails: every object referencing `groupId`, in the order NetBird's management
 * server checks them before a delete (resources, routes, nameserver groups, policies, setup keys,
 * routers, DNS settings), so the first entry is the one NetBird would name.
 */
export function findGroupUsageDetails(groupId: string, lists: GroupUsageLists): GroupUsageDetail[] {
  const out: GroupUsageDetail[] = [];
  for (const r of lists.resources) {
    if (contains(r.groups, groupId)) out.push({ kind: 'network resource', id: r.id, name: r.name, networkId: r.network_id });
  }
  for (const r of lists.routes) {
    const roles: RouteGroupRole[] = [];
    if (contains(r.groups, groupId)) roles.push('distribution');
    if (contains(r.peer_groups, groupId)) roles.push('routing peers');
    if (contains(r.access_control_groups, groupId)) roles.push('access control');
    if (roles.length > 0) out.push({ kind: 'route', id: r.id, networkId: r.network_id, exitNode: isExitNodeRoute(r), roles });
  }
  for (const n of lists.nameservers) {
    if (contains(n.groups, groupId)) out.push({ kind: 'nameserver group', id: n.id, name: n.name });
  }
  for (const p of lists.policies) {
    const rules: PolicyRuleUsage[] = [];
    p.rules.forEach((rule, index) => {
      const roles: PolicyGroupRole[] = [];
      if (contains(rule.sources, groupId)) roles.push('source');
      if (contains(rule.destinations, groupId)) roles.push('destination');
      if (roles.length > 0) rules.push({ index, ruleId: rule.id, ruleName: rule.name, roles });
    });
    if (rules.length > 0) out.push({ kind: 'policy', id: p.id, name: p.name, rules });
  }
  for (const k of lists.setupKeys) {
    if (contains(k.auto_groups, groupId)) out.push({ kind: 'setup key', id: k.id, name: k.name });
  }
  for (const r of lists.routers) {
    if (contains(r.peer_groups, groupId)) out.push({ kind: 'network router', id: r.id, networkId: r.network_id, networkName: r.network_name });
  }
  if (contains(lists.disabledManagementGroups, groupId)) out.push({ kind: 'dns settings' });
  return out;
}

/**
 * describeGroupUsage: one line naming the user and the group's role, e.g.
 * `policy "Web" (rule "HTTPS": source)`, `route "branch-lab" (distribution, access control)`.
 */
export function describeGroupUsage(u: GroupUsageDetail): string {
  switch (u.kind) {
    case 'network resource':
      return `network resource "${u.name}" (member)`;
    case 'route':
      return `${u.exitNode ? 'exit node route' : 'route'} "${u.networkId}" (${u.roles.join(', ')})`;
    case 'nameserver group':
      return `nameserver group "${u.name}" (distribution)`;
    case 'policy':
      return `policy "${u.name}" (${u.rules.map((r) => `rule "${r.ruleName}": ${r.roles.join(' and ')}`).join('; ')})`;
    case 'setup key':
      return `setup key "${u.name}" (auto-assigned group)`;
    case 'network router':
      return `routing peer group of network "${u.networkName ?? u.networkId ?? u.id}"`;
    case 'dns settings':
      return 'DNS settings (DNS management disabled)';
    default:
      return assertNever(u);
  }
}
