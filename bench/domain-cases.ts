import { buildAccountIndex, type AccountIndex } from '@/domain/account';
import { deriveAccountIndex } from '@/domain/account/derive-account-index';
import { accessFor, prepareAccess } from '@/domain/access';
import { accessDiff } from '@/domain/access/access-diff';
import { generateAccount, totalObjects, accountCounts, type AccountSizeName } from '@/domain/generate';
import { lintAccount } from '@/domain/rules/lint';
import type { Snapshot, SnapPolicy } from '@/domain/snapshot';
import { prepareTrace, tracePacket, type TraceQuery } from '@/domain/trace';
import { traceQueries } from './trace-queries';

/**
 * domain-cases: what the budgets time on generated accounts. Each case has an untimed setup (a
 * fresh parse, so no case profits from caches another built) and a timed body:
 * - parse: JSON.parse of the snapshot text, the baseline every domain budget is a ratio of;
 * - lint: lintAccount on the parsed snapshot, indexing included;
 * - trace: 1,000 random traces on an index built and prepared (prepareTrace) in the setup;
 * - matrix: the full groups × resources access matrix (accessFor every source, resource
 *   destinations), indexing included;
 * - diff: one policy edit's access diff, the draft's index derived from the prepared index of
 *   the account as loaded (diffCase).
 */
export interface Account {
  size: AccountSizeName;
  text: string;
  objects: number;
  queries: TraceQuery[];
}

export interface DomainCase {
  id: string;
  label: string;
  /** Untimed preparation; returns the input of `run`. */
  setup(): unknown;
  run(input: unknown): void;
}

export const TRACE_COUNT = 1000;

export function makeAccount(size: AccountSizeName): Account {
  const snapshot = generateAccount({ size });
  return { size, text: JSON.stringify(snapshot), objects: totalObjects(accountCounts(size)), queries: traceQueries(snapshot, TRACE_COUNT) };
}

const parse = (a: Account) => JSON.parse(a.text) as Snapshot;

function runTraces(index: AccountIndex, queries: readonly TraceQuery[]): void {
  let failed = 0;
  for (const q of queries) if (!tracePacket(index, q).ok) failed++;
  // a query the trace cannot read measures nothing: the benchmark's queries are wrong
  if (failed > 0) throw new Error(`${failed} of ${queries.length} benchmark traces were rejected`);
}

/** policyEdit: the account after one policy edit (its first rule opens another destination group); other objects are shared. */
export function policyEdit(snapshot: Snapshot): Snapshot {
  const target = snapshot.policies.find((p) => p.enabled && p.rules.length === 1 && (p.rules[0]?.destinations.length ?? 0) === 1);
  const other = snapshot.groups.find((g) => g.resources.length > 0 && g.id !== target?.rules[0]?.destinations[0]?.id);
  if (target === undefined || other === undefined) throw new Error('the account has no policy to edit');
  const edited: SnapPolicy = { ...target, rules: target.rules.map((r) => ({ ...r, destinations: [...r.destinations, { id: other.id, name: other.name }] })) };
  return { ...snapshot, policies: snapshot.policies.map((p) => (p === target ? edited : p)) };
}

export function domainCases(a: Account): DomainCase[] {
  const s = a.size;
  return [
    { id: `parse-${s}`, label: `JSON.parse ${s} (${(a.text.length / 1e6).toFixed(1)} MB)`, setup: () => a.text, run: (text) => JSON.parse(text as string) },
    { id: `lint-${s}`, label: `lint ${s}`, setup: () => parse(a), run: (snap) => lintAccount(snap as Snapshot) },
    {
      id: `trace-${s}`,
      label: `${TRACE_COUNT} traces ${s}`,
      setup: () => {
        const index = buildAccountIndex(parse(a));
        prepareTrace(index);
        return index;
      },
      run: (index) => runTraces(index as AccountIndex, a.queries),
    },
    {
      id: `matrix-${s}`,
      label: `access matrix ${s}`,
      setup: () => parse(a),
      run: (snap) => accessFor(buildAccountIndex(snap as Snapshot), { kind: 'all' }, ['resource']),
    },
  ];
}

/**
 * diffCase: one policy edit on the account (XL in the budgets), as an editor's change preview
 * computes it on each edit: the draft's index derived from the index of the account as loaded,
 * then accessDiff. The app holds that index, analysed since the first preview (prepareAccess), so
 * the setup builds and prepares it, and makes the edited snapshot; the run does the rest.
 */
export function diffCase(a: Account): DomainCase {
  return {
    id: `diff-${a.size}`,
    label: `access diff ${a.size} (1 policy)`,
    setup: () => {
      const before = buildAccountIndex(parse(a));
      prepareAccess(before);
      return { before, edited: policyEdit(before.snapshot) };
    },
    run: (input) => {
      const { before, edited } = input as { before: AccountIndex; edited: Snapshot };
      accessDiff(before, deriveAccountIndex(before, edited));
    },
  };
}
