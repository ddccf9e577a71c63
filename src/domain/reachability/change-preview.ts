import { buildAccountIndex, type AccountIndex } from '@/domain/account';
import { deriveAccountIndex } from '@/domain/account/derive-account-index';
import { accessDiff, type AccessDiff } from '@/domain/access/access-diff';
import type { Snapshot } from '@/domain/snapshot';
import type { ReachabilityTest } from './reachability-test';
import { runTests, type ReachabilityOutcome } from './run-tests';
import { testImpact, type TestImpact } from './test-impact';

/**
 * change-preview: everything an editor shows before a save, in one call on plain data (so it can
 * move to a Web Worker unchanged): who gains or loses access (accessDiff), and which saved tests
 * the change breaks. The account before the change is the same object keystroke after keystroke
 * (the query cache's snapshot), so its index and its test outcomes are cached with it; the draft's
 * index is derived from it, sharing every part the edit left alone.
 */
export interface ChangePreview {
  access: AccessDiff;
  tests: TestImpact;
}

const indexes = new WeakMap<Snapshot, AccountIndex>();
const outcomes = new WeakMap<AccountIndex, WeakMap<readonly ReachabilityTest[], ReachabilityOutcome[]>>();

/** accountIndexOf: the index of a snapshot, built once per snapshot object. */
export function accountIndexOf(snapshot: Snapshot): AccountIndex {
  let index = indexes.get(snapshot);
  if (index === undefined) {
    index = buildAccountIndex(snapshot);
    indexes.set(snapshot, index);
  }
  return index;
}

function outcomesOf(index: AccountIndex, tests: readonly ReachabilityTest[]): ReachabilityOutcome[] {
  let byTests = outcomes.get(index);
  if (byTests === undefined) {
    byTests = new WeakMap();
    outcomes.set(index, byTests);
  }
  let out = byTests.get(tests);
  if (out === undefined) {
    out = runTests(index, tests);
    byTests.set(tests, out);
  }
  return out;
}

/**
 * draftIndexOf: the index of an editor's draft, derived from the index of the account it was
 * made from (deriveAccountIndex: a policy edit re-indexes the policies, not the whole account).
 */
function draftIndexOf(base: AccountIndex, draft: Snapshot): AccountIndex {
  let index = indexes.get(draft);
  if (index === undefined) {
    index = deriveAccountIndex(base, draft);
    indexes.set(draft, index);
  }
  return index;
}

export function previewChange(before: Snapshot, after: Snapshot, tests: readonly ReachabilityTest[]): ChangePreview {
  const b = accountIndexOf(before);
  const a = draftIndexOf(b, after);
  const access: AccessDiff = before === after ? { changes: [], examined: { groups: 0, peers: 0 } } : accessDiff(b, a);
  return { access, tests: testImpact(outcomesOf(b, tests), outcomesOf(a, tests)) };
}
