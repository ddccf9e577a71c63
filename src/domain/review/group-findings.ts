import type { Severity } from '@/domain/rules/lint';
import type { NamedRef } from './named-ref';
import type { ReviewFinding } from './review-report';

/**
 * group-findings: the two ways the Review page lists findings. By severity answers "what is broken
 * first"; by object answers "what is wrong with this network / route / peer", each finding under
 * its main object (its first ref, as the linter orders them).
 */

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export interface SeverityGroup {
  severity: Severity;
  findings: ReviewFinding[];
}

export interface ObjectGroup {
  /** `${type}:${id}`. */
  key: string;
  ref: NamedRef;
  /** The most severe finding's severity: groups are ordered by it. */
  worst: Severity;
  findings: ReviewFinding[];
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** bySeverity: errors, warnings, info; each group in the linter's order; empty groups kept (they show "none"). */
export function groupBySeverity(findings: readonly ReviewFinding[]): SeverityGroup[] {
  return SEVERITIES.map((severity) => ({ severity, findings: findings.filter((f) => f.severity === severity) }));
}

/** byObject: one group per main object, the worst first, then by kind and name. */
export function groupByObject(findings: readonly ReviewFinding[]): ObjectGroup[] {
  const groups = new Map<string, ObjectGroup>();
  for (const f of findings) {
    const ref = f.refs[0];
    if (ref === undefined) continue;
    const key = `${ref.type}:${ref.id}`;
    const g = groups.get(key);
    if (g === undefined) groups.set(key, { key, ref, worst: f.severity, findings: [f] });
    else {
      g.findings.push(f);
      if (RANK[f.severity] < RANK[g.worst]) g.worst = f.severity;
    }
  }
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...groups.values()].sort((a, b) => RANK[a.worst] - RANK[b.worst] || cmp(a.ref.type, b.ref.type) || cmp(a.ref.name, b.ref.name) || cmp(a.key, b.key));
}
