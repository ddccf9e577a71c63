import type { AccessMatrixRow, MatrixDestinationKind, MatrixSource } from './access-matrix';

/**
 * access-matrix-filter: narrowing the access matrix the way an auditor asks: "what can this group
 * reach", "who reaches routing peers' own services", "anything on port 22". The filtered rows are
 * also what an export writes, so the evidence matches what was on screen.
 */

export interface MatrixFilter {
  /** Source keys (`group:<id>`, `peer:<id>`); empty means every source. */
  sources: readonly string[];
  /** Destination kinds; empty means every kind. */
  kinds: readonly MatrixDestinationKind[];
  /** Free text: every word must appear in the row's names, ids, addresses, protocol, ports, chain or policy. */
  text: string;
}

export const EMPTY_MATRIX_FILTER: MatrixFilter = { sources: [], kinds: [], text: '' };

export const sourceKey = (s: Pick<MatrixSource, 'type' | 'id'>): string => `${s.type}:${s.id}`;

/** rowText: what the text search looks in, lower-cased once per row. */
export function rowText(r: AccessMatrixRow): string {
  const d = r.destination;
  return [
    r.source.name,
    r.source.id,
    d.name,
    d.id,
    d.address,
    d.kind,
    r.protocol,
    r.ports.join(' '),
    r.chain,
    r.policy?.name ?? 'default allow',
    r.policy?.id ?? '',
  ]
    .join('\u0000')
    .toLowerCase();
}

/** Rows are read-only and live as long as their matrix, so each row's text is built once. */
const textOf = new WeakMap<AccessMatrixRow, string>();

function cachedText(r: AccessMatrixRow): string {
  let t = textOf.get(r);
  if (t === undefined) {
    t = rowText(r);
    textOf.set(r, t);
  }
  return t;
}

const words = (text: string): string[] => text.toLowerCase().split(/\s+/).filter((w) => w !== '');

/** filterMatrix: the rows that pass every part of the filter, in their order. */
export function filterMatrix(rows: readonly AccessMatrixRow[], filter: MatrixFilter): AccessMatrixRow[] {
  const sources = filter.sources.length > 0 ? new Set(filter.sources) : null;
  const kinds = filter.kinds.length > 0 ? new Set(filter.kinds) : null;
  const terms = words(filter.text);
  return rows.filter((r) => {
    if (sources !== null && !sources.has(sourceKey(r.source))) return false;
    if (kinds !== null && !kinds.has(r.destination.kind)) return false;
    if (terms.length === 0) return true;
    const text = cachedText(r);
    return terms.every((t) => text.includes(t));
  });
}
