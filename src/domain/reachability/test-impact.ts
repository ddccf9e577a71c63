import type { ReachabilityOutcome } from './run-tests';

/**
 * test-impact: what a change does to the saved tests. A test that passes now and would fail after
 * the change is "broken" by it: that is what needs the admin's explicit override before saving.
 * A test that already fails is not the change's doing and does not block; one the change repairs
 * is worth saying too.
 */
export interface TestImpact {
  /** Pass before, fail after (outcomes after the change). */
  broken: ReachabilityOutcome[];
  /** Fail before, pass after. */
  fixed: ReachabilityOutcome[];
  /** Fail before and after. */
  stillFailing: ReachabilityOutcome[];
  /** Every test, after the change. */
  after: ReachabilityOutcome[];
}

/** testImpact: `before` and `after` are the outcomes of the same tests, in the same order. */
export function testImpact(before: readonly ReachabilityOutcome[], after: readonly ReachabilityOutcome[]): TestImpact {
  const passedBefore = new Map(before.map((o) => [o.name, o.passed]));
  const impact: TestImpact = { broken: [], fixed: [], stillFailing: [], after: [...after] };
  for (const o of after) {
    const was = passedBefore.get(o.name) ?? false;
    if (was && !o.passed) impact.broken.push(o);
    else if (!was && o.passed) impact.fixed.push(o);
    else if (!was && !o.passed) impact.stillFailing.push(o);
  }
  return impact;
}
