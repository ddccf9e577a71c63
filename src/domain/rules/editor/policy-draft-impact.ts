import type { Snapshot } from '@/domain/snapshot';
import { applyPolicyDraft, type PolicyRequestDraft } from '@/domain/draft/policy';
import { lintAccount } from '../lint/lint-account';
import { findingsDiff, type MembershipImpact } from './group-membership-impact';

/**
 * policy-draft-impact: the linter on the account with a policy draft saved, against the account as
 * it is: the findings the draft would add (a rule to an empty group, a bidirectional flag on a
 * resource rule) and those it would resolve (a resource nobody could reach, a routing peer's
 * services denied by its input chain).
 */
export function policyDraftImpact(snapshot: Snapshot, policyId: string | null, draft: PolicyRequestDraft): MembershipImpact {
  return findingsDiff(lintAccount(snapshot), lintAccount(applyPolicyDraft(snapshot, policyId, draft)));
}
