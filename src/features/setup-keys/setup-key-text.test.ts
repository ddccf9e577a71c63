import { describe, expect, it } from 'vitest';
import { neverExpires, setupKeyState, usageText } from './setup-key-text';

describe('setupKeyState', () => {
  it('uses the reported state', () => {
    expect(setupKeyState({ state: 'overused', revoked: false, valid: false })).toBe('overused');
    expect(setupKeyState({ state: 'Expired', revoked: false, valid: false })).toBe('expired');
  });
  it('falls back to the flags for an unknown state', () => {
    expect(setupKeyState({ state: '', revoked: true, valid: false })).toBe('revoked');
    expect(setupKeyState({ state: 'weird', revoked: false, valid: true })).toBe('valid');
    expect(setupKeyState({ state: 'weird', revoked: false, valid: false })).toBe('expired');
  });
});

describe('usageText', () => {
  it('says unlimited for reusable keys without a limit and 1 for one-off keys', () => {
    expect(usageText({ used_times: 3, usage_limit: 0, type: 'reusable' })).toBe('3 of unlimited');
    expect(usageText({ used_times: 2, usage_limit: 5, type: 'reusable' })).toBe('2 of 5');
    expect(usageText({ used_times: 0, usage_limit: 0, type: 'one-off' })).toBe('0 of 1');
  });
});

describe('neverExpires', () => {
  it('recognises Go zero time', () => {
    expect(neverExpires('0001-01-01T00:00:00Z')).toBe(true);
    expect(neverExpires('2030-06-30T00:00:00Z')).toBe(false);
  });
});
