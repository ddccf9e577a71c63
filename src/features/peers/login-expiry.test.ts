import { describe, expect, it } from 'vitest';
import { loginExpiry } from './login-expiry';

const now = new Date('2025-03-04T12:00:00Z');
const day = { peer_login_expiration_enabled: true, peer_login_expiration: 86400 };

describe('loginExpiry', () => {
  it('is off when the peer or the account turns it off', () => {
    expect(loginExpiry({ login_expiration_enabled: false }, day, now)).toEqual({ kind: 'off', reason: 'peer' });
    expect(loginExpiry({ login_expiration_enabled: true }, { ...day, peer_login_expiration_enabled: false }, now)).toEqual({
      kind: 'off',
      reason: 'account',
    });
  });
  it('trusts the server when it says expired', () => {
    expect(loginExpiry({ login_expiration_enabled: true, login_expired: true }, day, now).kind).toBe('expired');
  });
  it('adds the account expiration to the last login', () => {
    expect(loginExpiry({ login_expiration_enabled: true, last_login: '2025-03-04T06:00:00Z' }, day, now)).toEqual({
      kind: 'expires',
      at: new Date('2025-03-05T06:00:00Z'),
    });
  });
  it('leaves "expired" to the server even when the computed moment has passed', () => {
    expect(loginExpiry({ login_expiration_enabled: true, last_login: '2025-03-02T06:00:00Z' }, day, now).kind).toBe('on');
  });
  it('says only "on" when the moment cannot be computed', () => {
    expect(loginExpiry({ login_expiration_enabled: true }, day, now).kind).toBe('on');
    expect(loginExpiry({ login_expiration_enabled: true, last_login: 'x' }, day, now).kind).toBe('on');
    expect(loginExpiry({ login_expiration_enabled: true, last_login: '2025-03-04T06:00:00Z' }, undefined, now).kind).toBe('on');
  });
});
