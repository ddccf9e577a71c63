import type { TraceProtocol } from '@/domain/access/packet-match';
import { parsePort } from '@/domain/net';
import { issue, type FieldIssue } from '@/domain/rules/validate/field-issue';

/**
 * reachability-test: a saved assertion about the account, "alice-macbook reaches the office LAN on
 * tcp/22" or "contractors never reach the database", checked with the packet trace on every change
 * (before an editor saves, and in CI with `nbrc test`). One format for the console's storage, its
 * import/export and the CLI's TESTS file.
 */

export type ReachabilityExpectation = 'allow' | 'deny';

export const REACHABILITY_EXPECTATIONS: readonly ReachabilityExpectation[] = ['allow', 'deny'];

export const REACHABILITY_PROTOCOLS: readonly TraceProtocol[] = ['tcp', 'udp', 'icmp', 'all'];

export interface ReachabilityTest {
  /** Unique within a set of tests: results and the console name a test by it. */
  name: string;
  /** Source peer: id, name or overlay IP (as `nbrc trace --from`). */
  from: string;
  /** Destination as `nbrc trace --to` takes it: peer, resource id, IP[:PORT] or domain[:PORT]. */
  to: string;
  /** Overrides a port given in `to`; for tcp and udp only. */
  port?: number | undefined;
  /** Default as the trace's: tcp when a port is known, else all. */
  protocol?: TraceProtocol | undefined;
  expect: ReachabilityExpectation;
}

export const TEST_FIELDS = ['name', 'from', 'to', 'port', 'protocol', 'expect'] as const;

const MAX_NAME = 200;

const isProtocol = (v: unknown): v is TraceProtocol => typeof v === 'string' && (REACHABILITY_PROTOCOLS as readonly string[]).includes(v);
const isExpectation = (v: unknown): v is ReachabilityExpectation => typeof v === 'string' && (REACHABILITY_EXPECTATIONS as readonly string[]).includes(v);

/**
 * validateReachabilityTest: every problem of one test, by field (the form shows them under the
 * fields, the importer and the CLI name the entry). Whether `from` and `to` exist is not checked
 * here: that depends on the account, and a test naming a deleted peer is a failing test.
 */
export function validateReachabilityTest(t: { name: unknown; from: unknown; to: unknown; port?: unknown; protocol?: unknown; expect: unknown }): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const text = (field: 'name' | 'from' | 'to', what: string) => {
    const v = t[field];
    if (typeof v !== 'string') issues.push(issue(field, `${what} must be text`));
    else if (v.trim() === '') issues.push(issue(field, `${what} is required`));
  };
  text('name', 'name');
  if (typeof t.name === 'string' && t.name.trim().length > MAX_NAME) issues.push(issue('name', `name is longer than ${MAX_NAME} characters`));
  text('from', 'from (the source peer)');
  text('to', 'to (the destination)');
  if (t.protocol !== undefined && !isProtocol(t.protocol)) issues.push(issue('protocol', `protocol must be one of ${REACHABILITY_PROTOCOLS.join(', ')}`));
  if (t.port !== undefined) {
    if (typeof t.port !== 'number') issues.push(issue('port', 'port must be a number'));
    else {
      const p = parsePort(t.port);
      if (!p.ok) issues.push(issue('port', p.error));
      else if (t.protocol === 'icmp' || t.protocol === 'all') issues.push(issue('port', `a port applies to tcp and udp only, not to ${t.protocol}`));
    }
  }
  if (!isExpectation(t.expect)) issues.push(issue('expect', 'expect must be "allow" or "deny"'));
  return issues;
}

/** duplicateNames: the names used by more than one test. */
export function duplicateNames(tests: readonly { name: string }[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const t of tests) {
    const n = t.name.trim();
    if (seen.has(n)) dup.add(n);
    seen.add(n);
  }
  return [...dup];
}

/** normalizeTest: the test as stored: trimmed texts, optional fields only when set. */
export function normalizeTest(t: ReachabilityTest): ReachabilityTest {
  return {
    name: t.name.trim(),
    from: t.from.trim(),
    to: t.to.trim(),
    ...(t.port !== undefined ? { port: t.port } : {}),
    ...(t.protocol !== undefined ? { protocol: t.protocol } : {}),
    expect: t.expect,
  };
}
