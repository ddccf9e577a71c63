import { describe, expect, it } from 'vitest';
import { validateNetwork } from './network';

describe('validateNetwork', () => {
  it('needs a name that is not blank', () => {
    expect(validateNetwork({ name: '  ' })).toEqual([{ field: 'name', message: 'network name should not be empty' }]);
    expect(validateNetwork({ name: 'Office', description: '' })).toEqual([]);
  });
});
