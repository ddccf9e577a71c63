import type { AccessMatrixRow, MatrixDestination, MatrixSource } from '@/domain/access/access-matrix';

/**
 * matrix-pivot: the access rows as a grid, sources down and destinations across, for the small
 * matrices where a grid reads at a glance. Beyond the limits a grid is a wall of empty cells, so
 * the page offers the list instead.
 */

export const GRID_MAX_SOURCES = 30;
export const GRID_MAX_DESTINATIONS = 40;

export interface MatrixPivot {
  sources: MatrixSource[];
  destinations: MatrixDestination[];
  /** `${sourceIndex}:${destinationIndex}` → the rows of that cell. */
  cells: Map<string, AccessMatrixRow[]>;
}

export type PivotResult = { kind: 'grid'; pivot: MatrixPivot } | { kind: 'too-large'; sources: number; destinations: number };

/**
 * numbering: numbers things by a two-part identity (type and id) on first sight, without building
 * a "type:id" string per look-up (the grid counts the sources and destinations of all ~200,000
 * rows of an XL matrix before it can say it is too large).
 */
function numbering(): (type: string, id: string) => number {
  const byType = new Map<string, Map<string, number>>();
  let count = 0;
  // a thing seen first gets the next number: the count so far
  return (type, id) => {
    let ids = byType.get(type);
    if (ids === undefined) byType.set(type, (ids = new Map()));
    let n = ids.get(id);
    if (n === undefined) ids.set(id, (n = count++));
    return n;
  };
}

/** pivotMatrix: sources and destinations in the rows' order (the matrix is sorted), each once. */
export function pivotMatrix(rows: readonly AccessMatrixRow[]): PivotResult {
  const sourceNumber = numbering();
  const destinationNumber = numbering();
  const sources: MatrixSource[] = [];
  const destinations: MatrixDestination[] = [];
  const rowSource = new Int32Array(rows.length);
  const rowDestination = new Int32Array(rows.length);
  rows.forEach((r, i) => {
    const s = sourceNumber(r.source.type, r.source.id);
    if (s === sources.length) sources.push(r.source);
    const d = destinationNumber(r.destination.kind, r.destination.id);
    if (d === destinations.length) destinations.push(r.destination);
    rowSource[i] = s;
    rowDestination[i] = d;
  });
  if (sources.length > GRID_MAX_SOURCES || destinations.length > GRID_MAX_DESTINATIONS) {
    return { kind: 'too-large', sources: sources.length, destinations: destinations.length };
  }
  // Columns grouped by kind (resources, routing peers, peers, routes, exit nodes), then by name.
  const kindOrder = ['resource', 'routing-peer', 'peer', 'route', 'exit-node'];
  const order = destinations
    .map((d, i) => ({ d, i }))
    .sort((a, b) => kindOrder.indexOf(a.d.kind) - kindOrder.indexOf(b.d.kind) || (a.d.name < b.d.name ? -1 : a.d.name > b.d.name ? 1 : 0));
  const column = new Map(order.map((o, col) => [o.i, col]));
  const cells = new Map<string, AccessMatrixRow[]>();
  rows.forEach((r, i) => {
    const key = `${rowSource[i] ?? 0}:${column.get(rowDestination[i] ?? 0) ?? 0}`;
    const list = cells.get(key);
    if (list === undefined) cells.set(key, [r]);
    else list.push(r);
  });
  return { kind: 'grid', pivot: { sources, destinations: order.map((o) => o.d), cells } };
}
