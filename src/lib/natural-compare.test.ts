import { sortingFns, type Row } from '@tanstack/react-table';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { naturalCompare } from './natural-compare';

/** TanStack Table's alphanumeric sorting, the order the console's DataTables use, on two plain strings. */
const tanstack = (a: string, b: string): number => {
  const row = (value: string) => ({ getValue: () => value }) as unknown as Row<unknown>;
  return sortingFns.alphanumeric(row(a), row(b), 'value');
};

describe('naturalCompare', () => {
  it('orders numbers inside names by value, ignoring case', () => {
    expect(['peer-10', 'Peer-2', 'peer-1', 'peer-02b', 'alpha'].sort(naturalCompare)).toEqual(['alpha', 'peer-1', 'Peer-2', 'peer-02b', 'peer-10']);
    expect(naturalCompare('Web', 'web')).toBe(0);
    expect(naturalCompare('tcp 443', 'tcp 8080')).toBeLessThan(0);
  });

  it('puts text before a number where they meet, and a prefix first', () => {
    expect(naturalCompare('a1', '11')).toBeLessThan(0);
    expect(naturalCompare('db', 'db-1')).toBeLessThan(0);
    expect(naturalCompare('', 'a')).toBeLessThan(0);
  });

  it('agrees with TanStack Table on every pair of strings', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'B', 'b', '-', ' ', '0', '1', '2', '9', 'é') });
    fc.assert(
      fc.property(text, text, (a, b) => {
        expect(Math.sign(naturalCompare(a, b))).toBe(Math.sign(tanstack(a, b)));
      }),
      { numRuns: 2000 },
    );
  });
});
