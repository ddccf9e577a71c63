import { err, ok, type Result } from '@/domain/net';
import { duplicateNames, normalizeTest, TEST_FIELDS, validateReachabilityTest, type ReachabilityTest } from './reachability-test';

/**
 * parse-tests: reads a TESTS file (or an import): a JSON array of tests, or `{"tests": [...]}`.
 * Both are accepted because the CLI's file and the console's export should be interchangeable
 * whichever way a pipeline wrote it; the console exports the array. Unknown fields are refused
 * (a typo such as "expected" would otherwise silently test nothing), and every problem names its
 * entry: `tests[2] "ssh to gw": port 70000 is out of range 1-65535`.
 */

const MAX_REPORTED = 10;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function entryLabel(i: number, v: unknown): string {
  const name = isRecord(v) && typeof v.name === 'string' && v.name.trim() !== '' ? ` "${v.name.trim()}"` : '';
  return `tests[${i}]${name}`;
}

/** parseTestEntry: one entry, or its problems (each prefixed by the entry). */
function parseTestEntry(v: unknown, i: number): Result<ReachabilityTest> {
  const where = entryLabel(i, v);
  if (!isRecord(v)) return err(`${where}: expected an object {name, from, to, port?, protocol?, expect}`);
  const problems: string[] = [];
  for (const key of Object.keys(v)) {
    if (!(TEST_FIELDS as readonly string[]).includes(key)) problems.push(`unknown field "${key}" (fields: ${TEST_FIELDS.join(', ')})`);
  }
  for (const p of validateReachabilityTest({ name: v.name, from: v.from, to: v.to, port: v.port, protocol: v.protocol, expect: v.expect })) problems.push(p.message);
  if (problems.length > 0) return err(`${where}: ${problems.join('; ')}`);
  return ok(normalizeTest(v as unknown as ReachabilityTest));
}

/** testList: the array of a TESTS document, in either accepted shape. */
function testList(json: unknown): Result<unknown[]> {
  if (Array.isArray(json)) return ok(json);
  if (isRecord(json) && Array.isArray(json.tests)) {
    const extra = Object.keys(json).filter((k) => k !== 'tests');
    return extra.length === 0 ? ok(json.tests) : err(`unknown top-level field "${extra[0] ?? ''}": expected a JSON array of tests, or {"tests": [...]}`);
  }
  return err('expected a JSON array of tests, or {"tests": [...]}');
}

/** parseReachabilityTests: every test of a TESTS document, or every problem (up to ten), one per line. */
export function parseReachabilityTests(json: unknown): Result<ReachabilityTest[]> {
  const list = testList(json);
  if (!list.ok) return list;
  const tests: ReachabilityTest[] = [];
  const problems: string[] = [];
  list.value.forEach((v, i) => {
    const t = parseTestEntry(v, i);
    if (t.ok) tests.push(t.value);
    else problems.push(t.error);
  });
  if (problems.length === 0) {
    const dup = duplicateNames(tests);
    if (dup.length > 0) problems.push(`test names must be unique: ${dup.map((n) => `"${n}"`).join(', ')} used more than once`);
  }
  if (problems.length === 0) return ok(tests);
  const shown = problems.slice(0, MAX_REPORTED);
  if (problems.length > MAX_REPORTED) shown.push(`… and ${problems.length - MAX_REPORTED} more`);
  return err(shown.join('\n'));
}
