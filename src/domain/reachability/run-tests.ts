import type { AccountIndex } from '@/domain/account';
import { prepareTrace } from '@/domain/trace/prepare-trace';
import { tracePacket, type TraceQuery } from '@/domain/trace/trace-packet';
import type { TraceResult } from '@/domain/trace/trace-result';
import type { ReachabilityExpectation, ReachabilityTest } from './reachability-test';

/**
 * run-tests: each saved test is one packet trace; it passes when the verdict is what the test
 * expects. The reason is the trace's own explanation: the stage that denied the packet, or the
 * chain and policy that accepted it. A test the trace cannot run (its peer was deleted, its
 * destination names nothing) fails with actual "error" and the trace's message: after a change,
 * that is usually exactly what broke it.
 */

export type ReachabilityActual = ReachabilityExpectation | 'error';

/** ReachabilityResult: the `nbrc test --json` contract, field by field. */
export interface ReachabilityResult {
  name: string;
  passed: boolean;
  expected: ReachabilityExpectation;
  actual: ReachabilityActual;
  reason: string;
}

/** ReachabilityOutcome: a result with what produced it, for the console (links, the path). */
export interface ReachabilityOutcome extends ReachabilityResult {
  test: ReachabilityTest;
  /** null when the test could not be traced (actual "error"). */
  trace: TraceResult | null;
}

/** traceQueryOf: the trace a test stands for. */
export function traceQueryOf(t: ReachabilityTest): TraceQuery {
  const q: TraceQuery = { from: t.from, to: t.to };
  if (t.protocol !== undefined) q.protocol = t.protocol;
  if (t.port !== undefined) q.port = t.port;
  return q;
}

/** traceExplanation: "Stage: message" of the stage that decided: the one that denied, else the chain that accepted. */
export function traceExplanation(t: TraceResult): string {
  const denied = t.stages.find((s) => !s.allowed && s.stage !== 'Completed');
  if (denied !== undefined) return `${denied.stage}: ${denied.message}`;
  const acl = t.stages.find((s) => s.stage === 'Peer ACL' || s.stage === 'Route ACL');
  const decided = acl ?? t.stages.at(-1);
  return decided === undefined ? t.reason : `${decided.stage}: ${decided.message}`;
}

export function runTest(index: AccountIndex, test: ReachabilityTest): ReachabilityOutcome {
  const traced = tracePacket(index, traceQueryOf(test));
  if (!traced.ok) return { name: test.name, passed: false, expected: test.expect, actual: 'error', reason: traced.error, test, trace: null };
  const actual: ReachabilityExpectation = traced.value.verdict === 'allowed' ? 'allow' : 'deny';
  return { name: test.name, passed: actual === test.expect, expected: test.expect, actual, reason: traceExplanation(traced.value), test, trace: traced.value };
}

/** runTests: every test against one account, in the given order. */
export function runTests(index: AccountIndex, tests: readonly ReachabilityTest[]): ReachabilityOutcome[] {
  if (tests.length === 0) return [];
  prepareTrace(index);
  return tests.map((t) => runTest(index, t));
}

/** resultJson: exactly the contract's fields, so nothing else leaks into `nbrc test --json`. */
export const resultJson = (r: ReachabilityResult): ReachabilityResult => ({ name: r.name, passed: r.passed, expected: r.expected, actual: r.actual, reason: r.reason });
