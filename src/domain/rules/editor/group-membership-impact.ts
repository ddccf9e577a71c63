import type { Snapshot } from '@/domain/snapshot';
import { applyGroupDraft, type GroupRequestDraft } from '@/domain/draft/group';
import type { Finding } from '../lint/finding';
import { lintAccount } from '../lint/lint-account';

/**
 * group-membership-impact: what a membership change does to the account, in the linter's words.
 * Groups are how NetBird assigns routing peers, access and DNS, so removing a peer from a routing
 * peer group can leave a network without routing peers, and adding a non-Linux peer can break a
 * masquerade-off router. The editor lints the account before and after the draft and shows the
 * findings the change would introduce and those it would resolve.
 */

export interface MembershipImpact {
  introduced: Finding[];
  resolved: Finding[];
}

const key = (f: Finding) => `${f.code}\u0000${f.message}`;

/** findingsDiff: findings present only after, and only before (matched by code and message). */
export function findingsDiff(before: readonly Finding[], after: readonly Finding[]): MembershipImpact {
  const was = new Set(before.map(key));
  const is = new Set(after.map(key));
  return { introduced: after.filter((f) => !was.has(key(f))), resolved: before.filter((f) => !is.has(key(f))) };
}

/** groupMembershipImpact: the findings a group draft introduces and resolves. */
export function groupMembershipImpact(snapshot: Snapshot, groupId: string | null, draft: GroupRequestDraft): MembershipImpact {
  return findingsDiff(lintAccount(snapshot), lintAccount(applyGroupDraft(snapshot, groupId, draft)));
}
