import type { Snapshot } from '@/domain/snapshot';
import type { Finding } from '../lint/finding';
import { lintAccount } from '../lint/lint-account';
import { findingsDiff } from './group-membership-impact';

/**
 * policy-deletion: what deleting policies takes away, in the linter's words. Networks deny by
 * default, so the usual consequence is a resource nobody can reach any more, or an exit node whose
 * clients lose their ICMP policy; the delete dialog names these before the admin confirms.
 */
export function policyDeletionImpact(snapshot: Snapshot, policyIds: readonly string[]): Finding[] {
  const gone = new Set(policyIds);
  const after: Snapshot = { ...snapshot, policies: snapshot.policies.filter((p) => !gone.has(p.id)) };
  return findingsDiff(lintAccount(snapshot), lintAccount(after)).introduced;
}
