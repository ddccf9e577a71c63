import { describe, expect, it } from 'vitest';
import { build, cleanAccount, findingsOf, patchPeer } from './testing/lint-fixtures';

const allPeers = ['alice', 'bob', 'tina', 'gw-1', 'gw-2', 'apps-gw', 'branch-gw', 'exit-1'];

describe('dns-forwarder-port-mixed-versions', () => {
  it('is raised when some peers run < 0.59.0 and others newer, naming the old ones', () => {
    const s = build(cleanAccount(), patchPeer('alice', { version: '0.58.2' }), patchPeer('bob', { version: '' }));
    const [f, ...rest] = findingsOf(s, 'dns-forwarder-port-mixed-versions');
    expect(rest).toEqual([]);
    expect(f?.severity).toBe('warning');
    expect(f?.message).toBe(
      '2 peers run NetBird older than 0.59.0: alice (0.58.2) and bob (version unknown). The account stays on DNS forwarder port 5353 for routed domains; the 6 peers on 0.59.0 or newer move to 22054 only once every peer is upgraded.',
    );
    expect(f?.refs).toEqual([
      { type: 'account', id: 'acc-test' },
      { type: 'peer', id: 'alice' },
      { type: 'peer', id: 'bob' },
    ]);
  });

  it('is not raised when every peer runs the same side of 0.59.0', () => {
    expect(findingsOf(build(cleanAccount()), 'dns-forwarder-port-mixed-versions')).toEqual([]);
    const allOld = build(cleanAccount(), ...allPeers.map((p) => patchPeer(p, { version: '0.58.2' })));
    expect(findingsOf(allOld, 'dns-forwarder-port-mixed-versions')).toEqual([]);
  });
});
