import { parseArgs } from 'node:util';
import { parseReachabilityTests } from '@/domain/reachability/parse-tests';
import { resultJson, runTests, type ReachabilityOutcome } from '@/domain/reachability/run-tests';
import { loadSnapshotIndex, readJsonFile, usageError, type FileIo } from '../file-io';

/**
 * `nbrc test SNAPSHOT TESTS [--json]`: the saved reachability tests against an account snapshot,
 * for CI pipelines. TESTS is a JSON array of `{name, from, to, port?, protocol?, expect}` (or
 * `{"tests": [...]}`), the format the console exports. With --json the output is exactly
 * `{"results":[{"name","passed","expected","actual","reason"}]}`. Exit 1 when any test fails;
 * 2 on bad usage, an unreadable snapshot, or an unreadable or invalid TESTS file (each bad entry
 * named on stderr).
 */

export const TEST_USAGE = 'Usage: nbrc test SNAPSHOT TESTS [--json]\n';

export function run(args: string[], io: FileIo): number {
  let parsed;
  try {
    parsed = parseArgs({ args, strict: true, allowPositionals: true, options: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } });
  } catch (e) {
    return usageError(io, 'test', e instanceof Error ? e.message : String(e), TEST_USAGE);
  }
  const { values, positionals } = parsed;
  if (values.help === true) {
    io.stdout(TEST_USAGE);
    return 0;
  }
  if (positionals.length !== 2) return usageError(io, 'test', 'expected a SNAPSHOT file and a TESTS file', TEST_USAGE);
  const [snapshotPath = '', testsPath = ''] = positionals;
  const json = readJsonFile(io, testsPath, 'tests file');
  if (!json.ok) return usageError(io, 'test', json.error, '');
  const tests = parseReachabilityTests(json.value);
  if (!tests.ok) return usageError(io, 'test', `tests file "${testsPath}" is invalid:\n${tests.error}`, '');
  const index = loadSnapshotIndex(io, snapshotPath);
  if (!index.ok) return usageError(io, 'test', index.error, '');
  const results = runTests(index.value, tests.value);
  io.stdout(values.json === true ? `${JSON.stringify({ results: results.map(resultJson) }, null, 2)}\n` : formatResults(results));
  return results.every((r) => r.passed) ? 0 : 1;
}

const testLabel = (r: ReachabilityOutcome): string => {
  const t = r.test;
  const packet = [t.protocol, t.port === undefined ? undefined : `port ${t.port}`].filter((x) => x !== undefined).join(' ');
  return `${t.from} → ${t.to}${packet === '' ? '' : ` (${packet})`}`;
};

/** formatResults: one line per test (PASS/FAIL, name, the pair), the reason under a failure, and a count. */
export function formatResults(results: readonly ReachabilityOutcome[]): string {
  if (results.length === 0) return 'No tests in the file.\n';
  const lines: string[] = [];
  for (const r of results) {
    lines.push(`${r.passed ? 'PASS' : 'FAIL'}  ${r.name}: ${testLabel(r)}, expected ${r.expected}, got ${r.actual}`);
    if (!r.passed) lines.push(`      ${r.reason}`);
  }
  const failed = results.filter((r) => !r.passed).length;
  lines.push('');
  lines.push(`${results.length} test${results.length === 1 ? '' : 's'}: ${results.length - failed} passed, ${failed} failed`);
  return `${lines.join('\n')}\n`;
}
