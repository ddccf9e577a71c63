import type { ReachabilityTest } from '@/domain/reachability/reachability-test';

/**
 * mergeTests: an import added to the saved tests. A test with the name of a saved one replaces
 * it in place (importing an edited file again updates it); new names are appended in file order.
 */
export function mergeTests(saved: readonly ReachabilityTest[], imported: readonly ReachabilityTest[]): { tests: ReachabilityTest[]; added: number; replaced: number } {
  const byName = new Map(imported.map((t) => [t.name, t]));
  let replaced = 0;
  const tests = saved.map((t) => {
    const next = byName.get(t.name);
    if (next === undefined) return t;
    byName.delete(t.name);
    replaced++;
    return next;
  });
  const added = [...byName.values()];
  return { tests: [...tests, ...added], added: added.length, replaced };
}
