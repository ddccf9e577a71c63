import type { AccountSnapshot } from '@/api/schemas';
import { demoSnapshot } from './demo';
import { emptySnapshot } from './empty';

export type SeedName = 'demo' | 'empty';

export const SEED_NAMES: readonly SeedName[] = ['demo', 'empty'];

export function isSeedName(value: string): value is SeedName {
  return (SEED_NAMES as readonly string[]).includes(value);
}

/** seedSnapshot: a fresh copy of a named seed account, for reset, first start and tests. */
export function seedSnapshot(name: SeedName): AccountSnapshot {
  switch (name) {
    case 'demo':
      return demoSnapshot();
    case 'empty':
      return emptySnapshot();
  }
}
