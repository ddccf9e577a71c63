import type { FixSuggestion } from './fix';

/**
 * finding: what the linter reports. Codes and severities are a public contract (issue 5, `nbrc lint
 * --json`, the Review page, saved links), so they are listed once here and every family takes its
 * severity from this table instead of repeating it.
 */

/** Severity: error = does not work or grants access nobody intended; warning = risky; info = worth knowing. */
export type Severity = 'error' | 'warning' | 'info';

export const LINT_CODES = {
  'route-without-acl-groups': 'warning',
  'domain-and-ip-resources-mixed': 'warning',
  'domain-resource-leak': 'error',
  'exit-node-missing-icmp-policy': 'error',
  'exit-node-dns-leak': 'warning',
  'exit-node-masquerade-off': 'error',
  'masquerade-off-non-linux': 'error',
  'masquerade-off-breaks-ha': 'error',
  'masquerade-off-needs-return-route': 'info',
  'ha-not-effective': 'warning',
  'ha-same-failure-domain': 'warning',
  'network-without-routing-peer': 'error',
  'routing-peers-offline': 'warning',
  'resource-without-policy': 'warning',
  'bidirectional-resource-policy': 'warning',
  'wildcard-domain-needs-routing-peer-dns': 'error',
  'wildcard-domain-collision': 'warning',
  'dns-forwarder-port-mixed-versions': 'warning',
  'routes-overlap': 'info',
  'routing-peer-login-expiration': 'warning',
  'routing-peer-lan-ip-needs-input-policy': 'warning',
  'policy-empty-group': 'info',
} as const satisfies Record<string, Severity>;

export type LintCode = keyof typeof LINT_CODES;

/** RefType: the kinds of object a finding can point at; the UI links each to its page. */
export type RefType = 'peer' | 'group' | 'policy' | 'route' | 'network' | 'resource' | 'router' | 'nameserver_group' | 'account';

export interface FindingRef {
  type: RefType;
  id: string;
}

export interface Finding {
  code: LintCode;
  severity: Severity;
  /** One or two sentences in the docs' terms, naming the objects by name. */
  message: string;
  /** The objects concerned, the main one first (the Review page groups by it). */
  refs: FindingRef[];
  /** A one-click fix, present only when there is exactly one sensible fix. */
  fix?: FixSuggestion;
}

/**
 * finding builds a Finding with the severity the contract assigns to `code`; refs are
 * de-duplicated in order (a peer named as routing peer and as member is linked once).
 */
export function finding(code: LintCode, message: string, refs: readonly FindingRef[], fix?: FixSuggestion): Finding {
  const f: Finding = { code, severity: LINT_CODES[code], message, refs: uniqueRefs(refs) };
  if (fix !== undefined) f.fix = fix;
  return f;
}

/** uniqueRefs: pairwise for the usual handful of refs, a Set beyond that (findings about many peers). */
function uniqueRefs(refs: readonly FindingRef[]): FindingRef[] {
  const out: FindingRef[] = [];
  if (refs.length <= 16) {
    outer: for (const r of refs) {
      for (const o of out) if (o.id === r.id && o.type === r.type) continue outer;
      out.push(r);
    }
    return out;
  }
  const seen = new Set<string>();
  for (const r of refs) {
    const key = `${r.type}\u0000${r.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(r);
  }
  return out;
}

/** ref: a FindingRef, shorter to write in the families. */
export const ref = (type: RefType, id: string): FindingRef => ({ type, id });

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const firstRefKey = (f: Finding): string => {
  const r = f.refs[0];
  return r === undefined ? '' : `${r.type}:${r.id}`;
};

/** compareFindings: severity (errors first), then code, then the first ref, then the message (a total, stable order). */
export function compareFindings(a: Finding, b: Finding): number {
  const bySeverity = SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity];
  if (bySeverity !== 0) return bySeverity;
  const byCode = cmp(a.code, b.code);
  if (byCode !== 0) return byCode;
  const byRef = cmp(firstRefKey(a), firstRefKey(b));
  return byRef !== 0 ? byRef : cmp(a.message, b.message);
}

/** sortFindings sorts in place in compareFindings' order, computing each finding's first-ref key once. */
export function sortFindings(findings: Finding[]): Finding[] {
  const keyed = findings.map((f) => ({ f, rank: SEVERITY_RANK[f.severity], ref: firstRefKey(f) }));
  keyed.sort((a, b) => a.rank - b.rank || cmp(a.f.code, b.f.code) || cmp(a.ref, b.ref) || cmp(a.f.message, b.f.message));
  for (let i = 0; i < keyed.length; i++) findings[i] = (keyed[i] as { f: Finding }).f;
  return findings;
}

/**
 * LintScope: an object the caller cares about (an editor's network, route, policy or peer). A
 * family run with a scope returns only the findings that name that object.
 */
export type LintScope = FindingRef;

export function mentions(f: Finding, scope: LintScope): boolean {
  return f.refs.some((r) => r.type === scope.type && r.id === scope.id);
}

/** inScope: the findings naming `scope`, or all of them without a scope. */
export function inScope(findings: Finding[], scope: LintScope | undefined): Finding[] {
  return scope === undefined ? findings : findings.filter((f) => mentions(f, scope));
}

/** countBySeverity: how many findings of each severity, for summaries and exit codes. */
export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}
