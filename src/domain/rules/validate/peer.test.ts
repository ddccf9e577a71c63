import { describe, expect, it } from 'vitest';
import { validatePeer } from './peer';

describe('validatePeer', () => {
  it('refuses an empty or blank name, on the name field', () => {
    expect(validatePeer({ name: '' })).toEqual([{ field: 'name', message: 'peer name must not be empty' }]);
    expect(validatePeer({ name: '  \t' })).toHaveLength(1);
  });

  it('accepts any other name', () => {
    expect(validatePeer({ name: 'office-gw' })).toEqual([]);
  });
});
