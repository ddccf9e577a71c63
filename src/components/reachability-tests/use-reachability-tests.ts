import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { normalizeTest, type ReachabilityTest } from '@/domain/reachability/reachability-test';
import { useTargetSettings } from '../target-settings';
import { testsStore } from './tests-store';
import { testsKeyFor, type StoredTests } from './tests-storage';

export interface ReachabilityTests {
  /** What is stored for the current API target. */
  stored: StoredTests;
  /** The tests; empty while the stored content is unreadable (it is reported, not dropped). */
  tests: readonly ReachabilityTest[];
  /** Each returns the browser's refusal, or null when stored. */
  add(test: ReachabilityTest): string | null;
  remove(name: string): string | null;
  replaceAll(tests: readonly ReachabilityTest[]): string | null;
  /** Removes unreadable content so tests can be saved again. */
  discard(): void;
}

const NO_TESTS: readonly ReachabilityTest[] = [];

/**
 * useReachabilityTests: the saved reachability tests of the API target the console talks to.
 * Writes are refused while the stored content is unreadable, so nothing overwrites it unseen.
 */
export function useReachabilityTests(): ReachabilityTests {
  const { target } = useTargetSettings();
  const key = testsKeyFor(target);
  const stored = useSyncExternalStore(testsStore.subscribe, () => testsStore.get(key));
  const tests = stored.kind === 'ok' ? stored.tests : NO_TESTS;
  const write = useCallback(
    (next: readonly ReachabilityTest[]): string | null => {
      const now = testsStore.get(key);
      if (now.kind === 'corrupt') return 'the saved tests could not be read: download or discard them first';
      return testsStore.set(key, next.map(normalizeTest));
    },
    [key],
  );
  return useMemo(
    () => ({
      stored,
      tests,
      add: (t) => write([...tests, t]),
      remove: (name) => write(tests.filter((t) => t.name !== name)),
      replaceAll: (next) => write(next),
      discard: () => testsStore.discard(key),
    }),
    [stored, tests, write, key],
  );
}
