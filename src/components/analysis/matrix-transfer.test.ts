import { describe, expect, it } from 'vitest';
import { accessMatrix } from '@/domain/access/access-matrix';
import { matrixAccount } from '@/domain/access/testing/matrix-account';
import { generateAccount } from '@/domain/generate';
import { decodeMatrix, encodeMatrix, matrixTransferables } from './matrix-transfer';

/** The matrix goes from the worker to the page as tables and typed arrays; the page must read back exactly the rows the domain built. */
describe('matrix transfer', () => {
  const cases = [
    ['a small office', accessMatrix(matrixAccount(), { peerSources: ['alice'] })],
    ['a generated S account', accessMatrix(generateAccount({ size: 'S' }))],
  ] as const;

  it.each(cases)('%s: decoded after a structured clone, the matrix equals the domain’s, row for row', (_name, matrix) => {
    expect(matrix.rows.length).toBeGreaterThan(5);
    const decoded = decodeMatrix(structuredClone(encodeMatrix(matrix)));
    expect(decoded).toEqual(matrix);
  });

  it('the office covers a row without a deciding policy (a legacy route’s default allow) and a peer source', () => {
    const office = cases[0][1];
    expect(office.rows.some((r) => r.policy === null)).toBe(true);
    expect(office.rows.some((r) => r.source.type === 'peer')).toBe(true);
  });

  it('shared objects travel once: each source, destination, policy and grant is one table entry', () => {
    const matrix = cases[1][1];
    const encoded = encodeMatrix(matrix);
    expect(encoded.destinations.length).toBe(new Set(matrix.rows.map((r) => r.destination)).size);
    expect(encoded.rowSources.length).toBe(new Set(matrix.rows.map((r) => r.source)).size);
    expect(encoded.grants.length).toBe(new Set(matrix.rows.map((r) => `${r.protocol} ${r.chain} ${r.ports.join(',')}`)).size);
    expect(encoded.grants.length).toBeLessThan(matrix.rows.length);
    // and on the page, rows share them again, as the domain's rows do
    const decoded = decodeMatrix(structuredClone(encoded));
    const same = decoded.rows.filter((r) => r.destination === decoded.rows[0]?.destination);
    expect(same.length).toBe(matrix.rows.filter((r) => r.destination === matrix.rows[0]?.destination).length);
  });

  it('the row columns move without a copy, and a moved matrix still decodes on the receiving side', () => {
    const matrix = cases[0][1];
    const encoded = encodeMatrix(matrix);
    const buffers = matrixTransferables(encoded);
    expect(buffers).toHaveLength(5);
    const received = structuredClone(encoded, { transfer: buffers });
    expect(encoded.source.length).toBe(0); // detached: the sender no longer holds them
    expect(decodeMatrix(received)).toEqual(matrix);
  });

  it('an encoding that names a missing table entry is refused, not read as undefined', () => {
    const encoded = encodeMatrix(cases[0][1]);
    encoded.destination[0] = encoded.destinations.length;
    expect(() => decodeMatrix(encoded)).toThrow(/names destination/);
    const keys = encodeMatrix(cases[0][1]);
    keys.keyEnd[1] = keys.keyText.length + 1;
    expect(() => decodeMatrix(keys)).toThrow(/outside its keys/);
  });
});
