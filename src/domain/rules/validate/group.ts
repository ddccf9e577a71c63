import { issue, type FieldIssue, type RefLookup } from './field-issue';

/**
 * Group rules (POST/PUT/DELETE /api/groups). NetBird keeps one special group, "All", that holds
 * every peer of the account: it may be neither renamed nor deleted, and its membership is the
 * server's to manage. A group that anything still points at cannot be deleted either, so the
 * deletion check lists who uses it (NetBird names only the first user; we name up to three).
 */

/** GROUP_ALL_NAME: NetBird recognises the built-in group by this exact, case-sensitive name. */
export const GROUP_ALL_NAME = 'All';

export const isGroupNameAll = (name: string): boolean => name === GROUP_ALL_NAME;

/** ResourceRefDraft: a `{id, type}` reference to a network resource (or, in policies, a peer). */
export interface ResourceRefDraft {
  id: string;
  type: string;
}

/** GroupDraft: the fields of a group request the rules look at; NetBird's GroupRequest fits it. */
export interface GroupDraft {
  name: string;
  peers?: readonly string[] | null | undefined;
  resources?: readonly ResourceRefDraft[] | null | undefined;
}

/** ResourceLookup: which network resources exist (groups and policy rules reference them). */
export interface ResourceLookup {
  hasResource(id: string): boolean;
}

/** CurrentGroup: the stored group an update applies to. */
export interface CurrentGroup {
  name: string;
  peers: readonly string[];
}

/**
 * validateGroup: every broken rule of a group draft. `current` is the group being updated; for
 * "All" the name must stay and the peer list must stay the same set (every peer belongs to it).
 */
export function validateGroup(d: GroupDraft, refs: RefLookup & ResourceLookup, current?: CurrentGroup): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const name = d.name.trim();
  if (name === '') issues.push(issue('name', 'group name must not be empty'));
  if (current && isGroupNameAll(current.name)) {
    if (d.name !== GROUP_ALL_NAME) issues.push(issue('name', `the "${GROUP_ALL_NAME}" group cannot be renamed`));
    const wanted = new Set(d.peers ?? []);
    const same = wanted.size === new Set(current.peers).size && current.peers.every((p) => wanted.has(p));
    if (!same) issues.push(issue('peers', `the "${GROUP_ALL_NAME}" group always holds every peer: its peers cannot be changed`));
  }
  (d.peers ?? []).forEach((id, i) => {
    if (!refs.hasPeer(id)) issues.push(issue(`peers.${i}`, `peers: peer "${id}" does not exist`));
  });
  (d.resources ?? []).forEach((r, i) => {
    if (!refs.hasResource(r.id)) issues.push(issue(`resources.${i}`, `resources: network resource "${r.id}" does not exist`));
  });
  return issues;
}

/** NamedGroup: a stored group as the name rule sees it. */
export interface NamedGroup {
  id: string;
  name: string;
}

/**
 * groupNameConflict: group names are unique (NetBird answers 409 AlreadyExists). `selfId` is the
 * group being updated, which may keep its own name.
 */
export function groupNameConflict(name: string, selfId: string | undefined, groups: Iterable<NamedGroup>): FieldIssue | null {
  const wanted = name.trim();
  for (const g of groups) {
    if (g.id !== selfId && g.name.trim() === wanted) return issue('name', `group "${wanted}" already exists`);
  }
  return null;
}

/** groupRemovalIssues: "All" can never be deleted (NetBird answers 422 InvalidArgument). */
export function groupRemovalIssues(group: NamedGroup): FieldIssue[] {
  return isGroupNameAll(group.name) ? [issue('name', `the "${GROUP_ALL_NAME}" group cannot be deleted`)] : [];
}

/** GroupUsageKind: what may hold on to a group, in the order NetBird checks them. */
export type GroupUsageKind = 'network resource' | 'route' | 'nameserver group' | 'policy' | 'setup key' | 'network router' | 'dns settings';

export interface GroupUsage {
  kind: GroupUsageKind;
  id: string;
  /** How the user knows the user of the group: a name, a route's network id, a router's network. */
  label: string;
}

/**
 * GroupUsageSources: everything that can reference a group, by group id. The control plane
 * feeds it from its store, a form from the query cache (expanded GroupMinimum lists mapped to ids).
 */
export interface GroupUsageSources {
  resources: Iterable<{ id: string; name: string; groups: readonly string[] }>;
  routes: Iterable<{
    id: string;
    network_id: string;
    groups: readonly string[];
    peer_groups?: readonly string[] | null | undefined;
    access_control_groups?: readonly string[] | null | undefined;
  }>;
  nameservers: Iterable<{ id: string; name: string; groups: readonly string[] }>;
  policies: Iterable<{
    id: string;
    name: string;
    rules: readonly { sources?: readonly string[] | null | undefined; destinations?: readonly string[] | null | undefined }[];
  }>;
  setupKeys: Iterable<{ id: string; name: string; auto_groups: readonly string[] }>;
  routers: Iterable<{ id: string; peer_groups?: readonly string[] | null | undefined; networkName?: string | undefined }>;
  disabledManagementGroups: readonly string[];
}

/** findGroupUsages: every object that references `groupId`, in NetBird's order of checks. */
export function findGroupUsages(groupId: string, s: GroupUsageSources): GroupUsage[] {
  const out: GroupUsage[] = [];
  const has = (list: readonly string[] | null | undefined) => (list ?? []).includes(groupId);
  for (const r of s.resources) if (has(r.groups)) out.push({ kind: 'network resource', id: r.id, label: r.name });
  for (const r of s.routes) {
    if (has(r.groups) || has(r.peer_groups) || has(r.access_control_groups)) out.push({ kind: 'route', id: r.id, label: r.network_id });
  }
  for (const n of s.nameservers) if (has(n.groups)) out.push({ kind: 'nameserver group', id: n.id, label: n.name });
  for (const p of s.policies) {
    if (p.rules.some((rule) => has(rule.sources) || has(rule.destinations))) out.push({ kind: 'policy', id: p.id, label: p.name });
  }
  for (const k of s.setupKeys) if (has(k.auto_groups)) out.push({ kind: 'setup key', id: k.id, label: k.name });
  for (const r of s.routers) {
    if (has(r.peer_groups)) out.push({ kind: 'network router', id: r.id, label: r.networkName !== undefined ? `of network "${r.networkName}"` : r.id });
  }
  if (has(s.disabledManagementGroups)) out.push({ kind: 'dns settings', id: groupId, label: 'disabled DNS management groups' });
  return out;
}

/** describeUsage: `policy "web"`, `network router of network "Office"`, `DNS settings (disabled DNS management groups)`. */
export function describeUsage(u: GroupUsage): string {
  switch (u.kind) {
    case 'network router':
      return `network router ${u.label}`;
    case 'dns settings':
      return `DNS settings (${u.label})`;
    case 'network resource':
    case 'route':
    case 'nameserver group':
    case 'policy':
    case 'setup key':
      return `${u.kind} "${u.label}"`;
    default:
      return assertNever(u.kind);
  }
}

const SHOWN_USAGES = 3;

/**
 * groupUsageIssues: a group still in use cannot be deleted (NetBird answers 400 with
 * "group has been linked to ..."). One issue naming up to three users and how many more.
 */
export function groupUsageIssues(group: NamedGroup, usages: readonly GroupUsage[]): FieldIssue[] {
  if (usages.length === 0) return [];
  const shown = usages.slice(0, SHOWN_USAGES).map(describeUsage);
  const rest = usages.length - shown.length;
  const list = rest > 0 ? `${shown.join(', ')} and ${rest} more` : joinAnd(shown);
  return [issue('id', `group "${group.name}" cannot be deleted: it is used by ${list}`)];
}

function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

function assertNever(x: never): never {
  throw new Error(`unexpected group usage kind ${JSON.stringify(x)}`);
}
