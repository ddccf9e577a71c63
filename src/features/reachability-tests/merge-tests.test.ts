import { describe, expect, it } from 'vitest';
import { mergeTests } from './merge-tests';

const t = (name: string, to = 'gw') => ({ name, from: 'alice', to, expect: 'allow' as const });

describe('mergeTests', () => {
  it('replaces same-named tests in place and appends new ones in file order', () => {
    const r = mergeTests([t('a'), t('b')], [t('c'), t('b', 'lan'), t('d')]);
    expect(r.tests.map((x) => `${x.name}:${x.to}`)).toEqual(['a:gw', 'b:lan', 'c:gw', 'd:gw']);
    expect([r.added, r.replaced]).toEqual([2, 1]);
  });
});
