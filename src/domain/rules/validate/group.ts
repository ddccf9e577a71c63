import { issue, type FieldIssue, type RefLookup } from './field-issue';
import { describeGroupUsage, type GroupUsageDetail } from '../../usage/group-usages';

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

const SHOWN_USAGES = 3;

/**
 * groupUsageIssues: a group still in use cannot be deleted (NetBird answers 400 with
 * "group has been linked to ..."). One issue naming up to three users and how many more.
 */
export function groupUsageIssues(group: NamedGroup, usages: readonly GroupUsageDetail[]): FieldIssue[] {
  if (usages.length === 0) return [];
  const shown = usages.slice(0, SHOWN_USAGES).map(describeGroupUsage);
  const rest = usages.length - shown.length;
  const list = rest > 0 ? `${shown.join(', ')} and ${rest} more` : joinAnd(shown);
  return [issue('id', `group "${group.name}" cannot be deleted: it is used by ${list}`)];
}

function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

