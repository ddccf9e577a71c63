import { issue, type FieldIssue } from './field-issue';

/**
 * Account settings rules (PUT /api/accounts/{accountId}). NetBird bounds how long a peer's login
 * lasts: at least an hour, at most 180 days, whether or not expiration is enabled.
 */

/** PEER_LOGIN_EXPIRATION_MIN / MAX: seconds (1 hour and 180 days), as NetBird checks them. */
export const PEER_LOGIN_EXPIRATION_MIN = 3600;
export const PEER_LOGIN_EXPIRATION_MAX = 180 * 24 * 3600;

export interface AccountSettingsDraft {
  peer_login_expiration: number;
}

export const isValidPeerLoginExpiration = (seconds: number): boolean =>
  seconds >= PEER_LOGIN_EXPIRATION_MIN && seconds <= PEER_LOGIN_EXPIRATION_MAX;

/** validateAccountSettings: every broken rule; fields are named as in the request (`settings.*`). */
export function validateAccountSettings(d: AccountSettingsDraft): FieldIssue[] {
  if (isValidPeerLoginExpiration(d.peer_login_expiration)) return [];
  return [
    issue(
      'settings.peer_login_expiration',
      `peer_login_expiration must be between ${PEER_LOGIN_EXPIRATION_MIN} s (1 hour) and ${PEER_LOGIN_EXPIRATION_MAX} s (180 days), got ${d.peer_login_expiration}`,
    ),
  ];
}
