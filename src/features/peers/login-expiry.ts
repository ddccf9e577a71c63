import type { AccountSettings, Peer } from '@/api';

/**
 * LoginExpiry: when a peer must log in again. NetBird expires a peer's login `peer_login_expiration`
 * seconds after its last login, when both the account setting and the peer's own flag are on.
 * Only the server says a login has expired (`login_expired`): a computed moment in the past while
 * the server says otherwise (clock skew, a snapshot replayed later) is shown as plain "on".
 */
export type LoginExpiry =
  | { kind: 'off'; reason: 'peer' | 'account' }
  | { kind: 'expired' }
  | { kind: 'expires'; at: Date }
  | { kind: 'on' };

export function loginExpiry(
  peer: Pick<Peer, 'login_expiration_enabled' | 'login_expired' | 'last_login'>,
  settings: Pick<AccountSettings, 'peer_login_expiration_enabled' | 'peer_login_expiration'> | undefined,
  now: Date,
): LoginExpiry {
  if (!peer.login_expiration_enabled) return { kind: 'off', reason: 'peer' };
  if (settings && !settings.peer_login_expiration_enabled) return { kind: 'off', reason: 'account' };
  if (peer.login_expired) return { kind: 'expired' };
  if (!settings || !peer.last_login) return { kind: 'on' };
  const last = new Date(peer.last_login).getTime();
  if (Number.isNaN(last)) return { kind: 'on' };
  const at = new Date(last + settings.peer_login_expiration * 1000);
  return at.getTime() > now.getTime() ? { kind: 'expires', at } : { kind: 'on' };
}
