import { describe, expect, it } from 'vitest';
import { lintAccount } from './lint-account';
import { build, cleanAccount } from './testing/lint-fixtures';

describe('a clean, well-built account', () => {
  it('raises no error and no warning', () => {
    expect(lintAccount(build(cleanAccount())).map((f) => `${f.code}: ${f.message}`)).toEqual([]);
  });
});
