import { buildAccountIndex } from '@/domain/account';
import type { Snapshot } from '@/domain/snapshot';
import type { Finding } from '../lint/finding';
import { lintLoginExpiration } from '../lint/login-expiration';

/**
 * peer-login-expiration: the peer editor's warning for a routing peer whose login can expire. It is
 * the linter's routing-peer-login-expiration finding, evaluated on the snapshot with the peer's
 * switch as the admin has it in the form, so the warning appears while deciding, not after saving,
 * and disappears the moment login expiration is switched off.
 */

/** withPeerLoginExpiration: the snapshot with one peer's login_expiration_enabled set as drafted. */
export function withPeerLoginExpiration(snapshot: Snapshot, peerId: string, enabled: boolean): Snapshot {
  return { ...snapshot, peers: snapshot.peers.map((p) => (p.id === peerId ? { ...p, login_expiration_enabled: enabled } : p)) };
}

/** routingPeerLoginExpirationFinding: the finding for this peer with the drafted switch, or null when there is none. */
export function routingPeerLoginExpirationFinding(snapshot: Snapshot, peerId: string, loginExpirationEnabled: boolean): Finding | null {
  const index = buildAccountIndex(withPeerLoginExpiration(snapshot, peerId, loginExpirationEnabled));
  return lintLoginExpiration(index, { type: 'peer', id: peerId }).find((f) => f.code === 'routing-peer-login-expiration') ?? null;
}
