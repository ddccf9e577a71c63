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

/** pivotMatrix: sources and destinations in the rows' order (the matrix is sorted), each once. */
export function pivotMatrix(rows: readonly AccessMatrixRow[]): PivotResult {
  const sourceIndex = new Map<string, number>();
  const destinationIndex = new Map<string, number>();
  const sources: MatrixSource[] = [];
  const destinations: MatrixDestination[] = [];
  for (const r of rows) {
    const sk = `${r.source.type}:${r.source.id}`;
    if (!sourceIndex.has(sk)) {
      sourceIndex.set(sk, sources.length);
      sources.push(r.source);
    }
    const dk = `${r.destination.kind}:${r.destination.id}`;
    if (!destinationIndex.has(dk)) {
      destinationIndex.set(dk, destinations.length);
      destinations.push(r.destination);
    }
  }
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
  for (const r of rows) {
    const s = sourceIndex.get(`${r.source.type}:${r.source.id}`) as number;
    const d = column.get(destinationIndex.get(`${r.destination.kind}:${r.destination.id}`) as number) as number;
    const key = `${s}:${d}`;
    const list = cells.get(key);
    if (list === undefined) cells.set(key, [r]);
    else list.push(r);
  }
  return { kind: 'grid', pivot: { sources, destinations: order.map((o) => o.d), cells } };
}
