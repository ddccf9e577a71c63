import type { SnapNameserverGroup, Snapshot } from '@/domain/snapshot';

/**
 * draft/nameserver: a nameserver group being edited, applied to the account snapshot "as if
 * saved", so the editors can ask the linter (exit-node DNS leak) about the draft.
 */

/** NameserverGroupDraftValues: a nameserver group as an editor holds it; NetBird's NameserverGroupRequest fits. */
export interface NameserverGroupDraftValues {
  name: string;
  description: string;
  nameservers: { ip: string; ns_type: 'udp'; port: number }[];
  enabled: boolean;
  groups: string[];
  primary: boolean;
  domains: string[];
  search_domains_enabled: boolean;
}

/** NEW_NAMESERVER_GROUP_ID: the id a group being created has in the draft snapshot. */
export const NEW_NAMESERVER_GROUP_ID = 'draft:new-nameserver-group';

/**
 * applyNameserverGroupDraft: the snapshot with the draft saved: it replaces the group `id`, or is
 * added as NEW_NAMESERVER_GROUP_ID when `id` is undefined. The input snapshot is not changed.
 */
export function applyNameserverGroupDraft(snapshot: Snapshot, draft: NameserverGroupDraftValues, id?: string): Snapshot {
  const groupId = id ?? NEW_NAMESERVER_GROUP_ID;
  const group: SnapNameserverGroup = {
    id: groupId,
    name: draft.name,
    enabled: draft.enabled,
    groups: [...draft.groups],
    primary: draft.primary,
    domains: [...draft.domains],
    nameservers: draft.nameservers.map((ns) => ({ ...ns })),
  };
  const exists = snapshot.nameservers.some((n) => n.id === groupId);
  const nameservers = exists ? snapshot.nameservers.map((n) => (n.id === groupId ? group : n)) : [...snapshot.nameservers, group];
  return { ...snapshot, nameservers };
}
