import { describe, expect, it } from 'vitest';
import { build, cleanAccount, findingsOf, patchPeer, patchSettings } from './testing/lint-fixtures';

describe('routing-peer-login-expiration', () => {
  it('is raised for a routing peer with login expiration enabled, with a fix', () => {
    const s = build(cleanAccount(), patchSettings({ peer_login_expiration_enabled: true }), patchPeer('gw-1', { login_expiration_enabled: true }));
    const [f, ...rest] = findingsOf(s, 'routing-peer-login-expiration');
    expect(rest).toEqual([]);
    expect(f?.severity).toBe('warning');
    expect(f?.message).toBe(
      'Routing peer gw-1 has login expiration enabled: it was registered interactively, not with a setup key, and when its login expires it drops off and stops routing for network "Office". Disable login expiration for this peer, or re-register it with a setup key.',
    );
    expect(f?.refs).toEqual([
      { type: 'peer', id: 'gw-1' },
      { type: 'network', id: 'office' },
    ]);
    expect(f?.fix).toEqual({ kind: 'disable-login-expiration', peerId: 'gw-1' });
  });

  it('says when the account does not expire logins yet', () => {
    const [f] = findingsOf(build(cleanAccount(), patchPeer('exit-1', { login_expiration_enabled: true })), 'routing-peer-login-expiration');
    expect(f?.message).toContain('(login expiration is off for the account today, so this takes effect when it is turned on)');
    expect(f?.message).toContain('exit node "eu-exit" (0.0.0.0/0)');
  });

  it('is not raised for a client peer with login expiration', () => {
    expect(findingsOf(build(cleanAccount(), patchPeer('alice', { login_expiration_enabled: true })), 'routing-peer-login-expiration')).toEqual([]);
  });
});
