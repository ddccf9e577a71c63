import { describe, expect, it } from 'vitest';
import { build, cleanAccount, patchPeer } from '../lint/testing/lint-fixtures';
import { routingPeerLoginExpirationFinding } from './peer-login-expiration';

const s = build(cleanAccount());

describe('routingPeerLoginExpirationFinding', () => {
  it('warns as soon as the drafted switch turns login expiration on for a routing peer', () => {
    const f = routingPeerLoginExpirationFinding(s, 'gw-1', true);
    expect(f?.code).toBe('routing-peer-login-expiration');
    expect(f?.message).toContain('Routing peer gw-1 has login expiration enabled');
    expect(f?.fix).toEqual({ kind: 'disable-login-expiration', peerId: 'gw-1' });
  });

  it('is gone when the draft switches it off, even if it is stored on', () => {
    const stored = build(cleanAccount(), patchPeer('gw-1', { login_expiration_enabled: true }));
    expect(routingPeerLoginExpirationFinding(stored, 'gw-1', true)).not.toBeNull();
    expect(routingPeerLoginExpirationFinding(stored, 'gw-1', false)).toBeNull();
  });

  it('never warns for a peer that routes nothing', () => {
    expect(routingPeerLoginExpirationFinding(s, 'alice', true)).toBeNull();
  });
});
