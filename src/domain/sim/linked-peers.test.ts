import { describe, expect, it } from 'vitest';
import { buildAccountIndex } from '@/domain/account';
import { peerLink } from '@/domain/access/decide-acl';
import { generateAccount } from '@/domain/generate';
import type { Snapshot } from '@/domain/snapshot';
import { officeAccount } from '@/domain/testing/office-account';
import { labAccount } from './testing/lab-account';
import { isLinked } from './linked-peers';

/** isLinked must say exactly what peerLink says, for every pair of peers, linked or not. */
describe('isLinked', () => {
  it('matches peerLink on the small accounts and a generated one', () => {
    for (const account of [labAccount(), officeAccount(), generateAccount({ size: 'S' }) as unknown as Snapshot]) {
      const index = buildAccountIndex(account);
      const ids = index.snapshot.peers.map((p) => p.id);
      const verdicts = { linked: 0, apart: 0 };
      for (const a of ids) {
        for (const b of ids) {
          const expected = peerLink(index, a, b) !== null;
          expect(isLinked(index, a, b), `${a} ↔ ${b}`).toBe(expected);
          verdicts[expected ? 'linked' : 'apart']++;
        }
      }
      // both answers occur, so the comparison proves something either way
      expect(verdicts.linked).toBeGreaterThan(0);
      expect(verdicts.apart).toBeGreaterThan(0);
    }
  });
});
