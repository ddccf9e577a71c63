import { deriveAccountIndex } from '@/domain/account/derive-account-index';
import { accountIndexOf } from '@/domain/reachability/change-preview';
import { findingsDiff, type MembershipImpact } from '@/domain/rules/editor/group-membership-impact';
import { lintAccount, type Finding } from '@/domain/rules/lint';
import type { Snapshot } from '@/domain/snapshot';

/**
 * draft-findings-impact: the linter's findings an editor's draft would add and resolve, as the
 * analysis worker computes them. The account before the draft is the same object edit after edit,
 * so its findings are linted once and kept with it; the draft is linted on an index derived from
 * the account's (deriveAccountIndex shares every part the edit left alone), so a keystroke costs
 * one lint of the draft rather than two lints and a full index.
 */
const baseFindings = new WeakMap<Snapshot, Finding[]>();

function findingsOf(before: Snapshot): Finding[] {
  let findings = baseFindings.get(before);
  if (findings === undefined) {
    findings = lintAccount(accountIndexOf(before));
    baseFindings.set(before, findings);
  }
  return findings;
}

/** draftFindingsImpact: the findings `after` (a draft made from `before`) introduces and resolves. */
export function draftFindingsImpact(before: Snapshot, after: Snapshot): MembershipImpact {
  const was = findingsOf(before);
  if (after === before) return findingsDiff(was, was);
  return findingsDiff(was, lintAccount(deriveAccountIndex(accountIndexOf(before), after)));
}
