import type { AccessChain } from '@/domain/access/access-entry';
import type { AccessMatrix, AccessMatrixRow, MatrixDestination, MatrixSource } from '@/domain/access/access-matrix';
import type { SnapProtocol } from '@/domain/snapshot';

/**
 * matrix-transfer: the access matrix as it crosses from the analysis worker to the page. An XL
 * account's matrix has ~200,000 rows; posted as row objects, reading them back costs the page's
 * thread over a second (structured clone rebuilds every object and tracks every shared one). The
 * rows share few sources, destinations, policies and grants, so those travel once, in tables, and
 * each row as four table positions in typed arrays, which move to the page without a copy. The
 * rows' keys travel as one string and where each ends: as 200,000 strings of their own, reading
 * the answer back held the page's thread ~280 ms on an XL account (with the collection of those
 * strings), ~90 ms this way. The page then builds the rows as plain objects again, sharing the
 * tables' objects as the domain does (a key is a slice of the one string, which need not be copied).
 */
export interface MatrixGrant {
  protocol: SnapProtocol;
  ports: readonly string[];
  chain: AccessChain;
}

export interface EncodedMatrix {
  /** AccessMatrix.sources, as is. */
  sources: MatrixSource[];
  rowSources: MatrixSource[];
  destinations: MatrixDestination[];
  policies: { id: string; name: string }[];
  grants: MatrixGrant[];
  /** Every row's key, one after the other. */
  keyText: string;
  /** Per row, in order: where its key ends in keyText (it starts where the previous one ends). */
  keyEnd: Int32Array;
  source: Int32Array;
  destination: Int32Array;
  /** -1: no deciding policy (a legacy route's default allow). */
  policy: Int32Array;
  grant: Int32Array;
}

/** A table of distinct values, each numbered on first sight by `identify`. */
function table<T>(identify: (value: T) => unknown) {
  const values: T[] = [];
  const positions = new Map<unknown, number>();
  return {
    values,
    at(value: T): number {
      const id = identify(value);
      let i = positions.get(id);
      if (i === undefined) {
        i = values.length;
        values.push(value);
        positions.set(id, i);
      }
      return i;
    },
  };
}

const same = <T>(x: T): T => x;

/** encodeMatrix: the matrix as tables and typed arrays (see matrixTransferables for what moves without a copy). */
export function encodeMatrix(matrix: AccessMatrix): EncodedMatrix {
  const n = matrix.rows.length;
  const sources = table<MatrixSource>(same);
  const destinations = table<MatrixDestination>(same);
  const policies = table<{ id: string; name: string }>(same);
  // Grants by content: the domain builds a ports list per entry, equal lists are not one object.
  const grants = table<MatrixGrant>((g) => `${g.protocol}|${g.chain}|${g.ports.join(',')}`);
  const out = { keyEnd: new Int32Array(n), source: new Int32Array(n), destination: new Int32Array(n), policy: new Int32Array(n), grant: new Int32Array(n) };
  let keyLength = 0;
  matrix.rows.forEach((r, i) => {
    keyLength += r.key.length;
    out.keyEnd[i] = keyLength;
    out.source[i] = sources.at(r.source);
    out.destination[i] = destinations.at(r.destination);
    out.policy[i] = r.policy === null ? -1 : policies.at(r.policy);
    out.grant[i] = grants.at({ protocol: r.protocol, ports: r.ports, chain: r.chain });
  });
  const keyText = matrix.rows.map((r) => r.key).join('');
  return { sources: matrix.sources, rowSources: sources.values, destinations: destinations.values, policies: policies.values, grants: grants.values, keyText, ...out };
}

/** matrixTransferables: the buffers postMessage may move instead of copying. */
export function matrixTransferables(m: EncodedMatrix): ArrayBuffer[] {
  return [m.keyEnd.buffer, m.source.buffer, m.destination.buffer, m.policy.buffer, m.grant.buffer].filter((b): b is ArrayBuffer => b instanceof ArrayBuffer);
}

function entry<T>(list: readonly T[], i: number | undefined, what: string): T {
  const value = i === undefined ? undefined : list[i];
  if (value === undefined) throw new Error(`the encoded access matrix names ${what} ${String(i)}, which it does not hold`);
  return value;
}

/** decodeMatrix: the matrix again, row for row as accessMatrix returned it. */
export function decodeMatrix(m: EncodedMatrix): AccessMatrix {
  const rows = new Array<AccessMatrixRow>(m.keyEnd.length);
  let keyStart = 0;
  for (let i = 0; i < rows.length; i++) {
    const grant = entry(m.grants, m.grant[i], 'grant');
    const policy = m.policy[i];
    const keyEnd = m.keyEnd[i] ?? keyStart;
    if (keyEnd < keyStart || keyEnd > m.keyText.length) throw new Error(`the encoded access matrix ends row ${i}'s key at ${keyEnd}, outside its keys`);
    rows[i] = {
      key: m.keyText.slice(keyStart, keyEnd),
      source: entry(m.rowSources, m.source[i], 'source'),
      destination: entry(m.destinations, m.destination[i], 'destination'),
      protocol: grant.protocol,
      ports: grant.ports,
      chain: grant.chain,
      policy: policy === undefined || policy < 0 ? null : entry(m.policies, policy, 'policy'),
    };
    keyStart = keyEnd;
  }
  return { rows, sources: m.sources };
}
