import type { AccountIndex } from '@/domain/account';
import { parseDomain } from '@/domain/net';

/**
 * lab-dns: DNS answers from the snapshot's `lab.dns`, the stand-in for the resolvers a trace
 * cannot query. Keys are normalized once per index (case, trailing dot, punycode); a key may be
 * a wildcard ("*.corp.example") answering every sub-domain.
 */

interface LabDnsTable {
  exact: Map<string, readonly string[]>;
  wildcard: Map<string, readonly string[]>;
}

const cache = new WeakMap<AccountIndex, LabDnsTable>();

function tableOf(index: AccountIndex): LabDnsTable {
  let t = cache.get(index);
  if (t === undefined) {
    t = { exact: new Map(), wildcard: new Map() };
    for (const [key, answers] of Object.entries(index.snapshot.lab?.dns ?? {})) {
      const d = parseDomain(key, { allowWildcard: true });
      if (!d.ok) continue;
      if (d.value.wildcard) t.wildcard.set(d.value.ascii.slice(2), answers);
      else t.exact.set(d.value.ascii, answers);
    }
    cache.set(index, t);
  }
  return t;
}

/** labDnsNames: every exact (non-wildcard) lab name, normalized as lookups use it. */
export function labDnsNames(index: AccountIndex): Iterable<string> {
  return tableOf(index).exact.keys();
}

/** labDnsAnswers: the answers for `name` (lower-case ASCII): exact key first, then the most specific wildcard; [] when none. */
export function labDnsAnswers(index: AccountIndex, name: string): readonly string[] {
  const t = tableOf(index);
  const exact = t.exact.get(name);
  if (exact !== undefined) return exact;
  for (let dot = name.indexOf('.'); dot >= 0; dot = name.indexOf('.', dot + 1)) {
    const w = t.wildcard.get(name.slice(dot + 1));
    if (w !== undefined) return w;
  }
  return [];
}
