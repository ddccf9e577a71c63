import { lintAccount, type Finding } from '@/domain/rules/lint';
import type { Snapshot } from '@/domain/snapshot';

/**
 * plan-review: the linter's findings that the plan brings in (present in the planned account,
 * absent today), so the Review step shows what this change causes, not the account's old debts.
 * Error-level findings block Apply until resolved or explicitly accepted.
 */
export const findingKey = (f: Pick<Finding, 'code' | 'refs'>): string => `${f.code}:${f.refs.map((r) => `${r.type}/${r.id}`).join(',')}`;

export function newFindings(current: Snapshot, planned: Snapshot): Finding[] {
  const before = new Set(lintAccount(current).map((f) => `${findingKey(f)}|${f.message}`));
  return lintAccount(planned).filter((f) => !before.has(`${findingKey(f)}|${f.message}`));
}

/** unacceptedErrors: error findings the admin has not accepted: Apply stays disabled while any remain. */
export const unacceptedErrors = (findings: readonly Finding[], accepted: readonly string[]): Finding[] =>
  findings.filter((f) => f.severity === 'error' && !accepted.includes(findingKey(f)));
