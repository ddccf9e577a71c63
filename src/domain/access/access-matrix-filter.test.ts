import { describe, expect, it } from 'vitest';
import { buildAccountIndex } from '@/domain/account';
import { generateAccount } from '@/domain/generate';
import { accessMatrix, type AccessMatrixRow } from './access-matrix';
import { EMPTY_MATRIX_FILTER, filterMatrix } from './access-matrix-filter';
import { matrixAccount } from './testing/matrix-account';

describe('filterMatrix', () => {
  const rows = accessMatrix(buildAccountIndex(matrixAccount())).rows;
  const dests = (filter: Partial<typeof EMPTY_MATRIX_FILTER>) => filterMatrix(rows, { ...EMPTY_MATRIX_FILTER, ...filter }).map((r) => `${r.source.id}->${r.destination.id}`);

  it('keeps every row without a filter', () => {
    expect(filterMatrix(rows, EMPTY_MATRIX_FILTER)).toHaveLength(rows.length);
  });

  it('narrows to the chosen sources', () => {
    expect(dests({ sources: ['group:sales'] })).toEqual(['sales->exit', 'sales->route-exit']);
    expect(dests({ sources: ['group:sales', 'peer:alice'] })).toEqual(['sales->exit', 'sales->route-exit', 'alice->db-1']);
  });

  it('narrows to destination kinds', () => {
    expect(dests({ kinds: ['routing-peer'] })).toEqual(['engineers->gw', 'sales->exit']);
    expect(dests({ kinds: ['exit-node', 'route'] })).toEqual(['engineers->route-dc', 'sales->route-exit']);
  });

  it('matches every word of the text, case-insensitively, in names, addresses, ports, chain and policy', () => {
    expect(dests({ text: 'OFFICE' })).toEqual(['engineers->lan']);
    expect(dests({ text: '8000-8100' })).toEqual(['engineers->app']);
    expect(dests({ text: 'input tcp' })).toEqual(['engineers->gw', 'alice->db-1']);
    expect(dests({ text: 'default allow' })).toEqual(['engineers->route-dc', 'sales->route-exit']);
    expect(dests({ text: '172.20' })).toEqual(['engineers->route-dc']);
    expect(dests({ text: 'tcp nothing-like-this' })).toEqual([]);
  });

  it('combines source, kind and text', () => {
    expect(dests({ sources: ['group:engineers'], kinds: ['resource'], text: 'tcp' })).toEqual(['engineers->app']);
  });

  it('finds a word in any part of a row, as a search of the whole row text would, on a generated account', () => {
    const generated = accessMatrix(generateAccount({ size: 'S' })).rows;
    // the whole row as one lower-cased text, the fields apart so a word cannot span two
    const wholeText = (r: AccessMatrixRow) =>
      [r.source.name, r.source.id, r.destination.name, r.destination.id, r.destination.address, r.destination.kind, r.protocol, r.ports.join(' '), r.chain, r.policy?.name ?? 'default allow', r.policy?.id ?? '']
        .join('\u0000')
        .toLowerCase();
    for (const text of ['tcp', 'INPUT', '443', 'default', 'peer', '10.', 'tcp 22', 'zz-no-such-word']) {
      const words = text.toLowerCase().split(' ');
      const expected = generated.filter((r) => words.every((w) => wholeText(r).includes(w)));
      const found = filterMatrix(generated, { ...EMPTY_MATRIX_FILTER, text });
      expect(found, text).toEqual(expected);
    }
    expect(filterMatrix(generated, { ...EMPTY_MATRIX_FILTER, text: 'tcp' }).length).toBeGreaterThan(0);
  });
});
