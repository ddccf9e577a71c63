import { describe, expect, it } from 'vitest';
import { buildAccountIndex } from '@/domain/account';
import { accessMatrix, type AccessMatrixRow } from '@/domain/access/access-matrix';
import { matrixAccount } from '@/domain/access/testing/matrix-account';
import { GRID_MAX_DESTINATIONS, pivotMatrix } from './matrix-pivot';

describe('pivotMatrix', () => {
  const rows = accessMatrix(buildAccountIndex(matrixAccount())).rows;

  it('puts each source once down and each destination once across, grouped by kind', () => {
    const r = pivotMatrix(rows);
    if (r.kind !== 'grid') throw new Error(r.kind);
    expect(r.pivot.sources.map((s) => s.id)).toEqual(['engineers', 'sales', 'alice']);
    expect(r.pivot.destinations.map((d) => `${d.kind}:${d.id}`)).toEqual(['resource:app', 'resource:lan', 'routing-peer:exit', 'routing-peer:gw', 'peer:db-1', 'route:route-dc', 'exit-node:route-exit']);
  });

  it('files every row in the cell of its source and destination', () => {
    const r = pivotMatrix(rows);
    if (r.kind !== 'grid') throw new Error(r.kind);
    const { sources, destinations, cells } = r.pivot;
    let n = 0;
    for (const [key, list] of cells) {
      const [s, d] = key.split(':').map(Number) as [number, number];
      for (const row of list) {
        expect(row.source).toBe(sources[s]);
        expect(row.destination).toBe(destinations[d]);
      }
      n += list.length;
    }
    expect(n).toBe(rows.length);
    expect(cells.get('1:0')).toBeUndefined(); // sales reaches no App
  });

  it('declines a grid wider than a screen', () => {
    const first = rows[0] as AccessMatrixRow;
    const wide = Array.from({ length: GRID_MAX_DESTINATIONS + 1 }, (_, i) => ({ ...first, destination: { ...first.destination, id: `d${i}` } }));
    expect(pivotMatrix(wide)).toEqual({ kind: 'too-large', sources: 1, destinations: GRID_MAX_DESTINATIONS + 1 });
  });
});
