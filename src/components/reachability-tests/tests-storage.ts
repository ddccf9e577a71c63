import { parseReachabilityTests } from '@/domain/reachability/parse-tests';
import type { ReachabilityTest } from '@/domain/reachability/reachability-test';
import type { ApiTargetChoice } from '../target-settings';

/**
 * tests-storage: where the console keeps the saved reachability tests: browser localStorage, one
 * key per API target (the tests of the demo account are not those of a real one), holding a
 * versioned envelope `{"version": 1, "tests": [...]}`. What cannot be read (edited by hand, saved
 * by a newer console) is reported with its raw text and left in place until the admin decides:
 * silently starting over would drop the tests that guard the account.
 */

export const TESTS_KEY_PREFIX = 'nbrc.reachability-tests.v1';
export const TESTS_VERSION = 1;

export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export type StoredTests = { kind: 'ok'; tests: readonly ReachabilityTest[] } | { kind: 'corrupt'; error: string; raw: string };

/** testsKeyFor: the storage key of a target's tests; a remote target by its URL (never its token). */
export function testsKeyFor(target: ApiTargetChoice): string {
  switch (target.kind) {
    case 'embedded':
      return `${TESTS_KEY_PREFIX}@embedded`;
    case 'remote':
      return `${TESTS_KEY_PREFIX}@${target.url}`;
  }
}

const EMPTY: StoredTests = { kind: 'ok', tests: [] };

/** parseStoredTests: the envelope's tests, or why the stored text is unusable. */
export function parseStoredTests(raw: string | null): StoredTests {
  if (raw === null) return EMPTY;
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (e) {
    return { kind: 'corrupt', error: `not valid JSON (${e instanceof Error ? e.message : String(e)})`, raw };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json) || !('version' in json) || !('tests' in json)) {
    return { kind: 'corrupt', error: 'expected {"version": 1, "tests": [...]}', raw };
  }
  if (json.version !== TESTS_VERSION) return { kind: 'corrupt', error: `saved as version ${JSON.stringify(json.version)}; this console reads version ${TESTS_VERSION}`, raw };
  const tests = parseReachabilityTests(json.tests);
  return tests.ok ? { kind: 'ok', tests: tests.value } : { kind: 'corrupt', error: tests.error, raw };
}

/** serializeTests: the envelope as stored. */
export const serializeTests = (tests: readonly ReachabilityTest[]): string => JSON.stringify({ version: TESTS_VERSION, tests });

/** writeTests: stores the tests; the error when the browser refuses (quota, privacy mode). */
export function writeTests(storage: KeyValueStorage | undefined, key: string, tests: readonly ReachabilityTest[]): string | null {
  if (storage === undefined) return 'this browser offers no local storage here: tests cannot be kept';
  try {
    storage.setItem(key, serializeTests(tests));
    return null;
  } catch (e) {
    return `the browser refused to store the tests: ${e instanceof Error ? e.message : String(e)}`;
  }
}

/** exportTestsJson: the export file: a plain JSON array of tests, the format `nbrc test` reads. */
export const exportTestsJson = (tests: readonly ReachabilityTest[]): string => `${JSON.stringify(tests, null, 2)}\n`;
