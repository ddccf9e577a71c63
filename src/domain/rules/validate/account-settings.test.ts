import { describe, expect, it } from 'vitest';
import { PEER_LOGIN_EXPIRATION_MAX, PEER_LOGIN_EXPIRATION_MIN, validateAccountSettings } from './account-settings';

describe('validateAccountSettings', () => {
  it('accepts the bounds: one hour and 180 days', () => {
    expect(PEER_LOGIN_EXPIRATION_MAX).toBe(15552000);
    expect(validateAccountSettings({ peer_login_expiration: PEER_LOGIN_EXPIRATION_MIN })).toEqual([]);
    expect(validateAccountSettings({ peer_login_expiration: PEER_LOGIN_EXPIRATION_MAX })).toEqual([]);
  });

  it('refuses values outside them, naming the field', () => {
    for (const v of [PEER_LOGIN_EXPIRATION_MIN - 1, PEER_LOGIN_EXPIRATION_MAX + 1]) {
      const [first] = validateAccountSettings({ peer_login_expiration: v });
      expect(first?.field).toBe('settings.peer_login_expiration');
      expect(first?.message).toContain(`peer_login_expiration must be between 3600 s (1 hour) and 15552000 s (180 days), got ${v}`);
    }
  });
});
