import type { AccessMatrixRow, MatrixDestination, MatrixDestinationKind, MatrixSource } from './access-matrix';

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

/**
 * The text search looks in the row's source (name, id), destination (name, id, address, kind),
 * grant (protocol, ports, chain) and deciding policy (name, id; "default allow" without one). A
 * word never spans two of these (words hold no spaces), so a row matches a word when one of its
 * parts does. Rows share their sources, destinations and policies (an XL matrix has ~200,000
 * rows but ~24,000 destinations), so each of those is lower-cased once and kept as long as it
 * lives, instead of one text per row (200,000 strings to build on the first key typed, and keep).
 */
const partTexts = new WeakMap<object, string>();

/** lowerText: the part's searched fields, lower-cased, kept for its next search. */
function lowerText(part: object, ...fields: string[]): string {
  const t = fields.join('\u0000').toLowerCase();
  partTexts.set(part, t);
  return t;
}

const sourceText = (s: MatrixSource): string => partTexts.get(s) ?? lowerText(s, s.name, s.id);
const destinationText = (d: MatrixDestination): string => partTexts.get(d) ?? lowerText(d, d.name, d.id, d.address, d.kind);
const policyText = (p: AccessMatrixRow['policy']): string => (p === null ? 'default allow' : (partTexts.get(p) ?? lowerText(p, p.name, p.id)));

/** rowHasWord: whether `word` (lower-case) is in one of the row's searched parts. */
function rowHasWord(r: AccessMatrixRow, word: string): boolean {
  return (
    sourceText(r.source).includes(word) ||
    destinationText(r.destination).includes(word) ||
    policyText(r.policy).includes(word) ||
    // protocol and chain are lower-case names, ports digits: nothing to lower-case
    r.protocol.includes(word) ||
    r.chain.includes(word) ||
    portsHave(r.ports, word)
  );
}

/** rowHasWords: a loop, not every() with a closure: it runs for each of 200,000 rows per key typed. */
function rowHasWords(r: AccessMatrixRow, terms: readonly string[]): boolean {
  for (const t of terms) if (!rowHasWord(r, t)) return false;
  return true;
}

function portsHave(ports: readonly string[], word: string): boolean {
  for (const p of ports) if (p.includes(word)) return true;
  return false;
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
    return rowHasWords(r, terms);
  });
}
