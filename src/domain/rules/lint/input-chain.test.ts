import { describe, expect, it } from 'vitest';
import { lintInputChain } from './input-chain';
import { build, cleanAccount, findingsOf, indexOf, patchLab, patchPolicy } from './testing/lint-fixtures';

describe('routing-peer-lan-ip-needs-input-policy', () => {
  it('is raised when a group reaches the resource but not the routing peer whose LAN address is inside it', () => {
    const s = build(cleanAccount(), patchPolicy('pol-office-ssh', { enabled: false }));
    const found = findingsOf(s, 'routing-peer-lan-ip-needs-input-policy');
    expect(found.map((f) => f.refs[0])).toEqual([
      { type: 'peer', id: 'gw-1' },
      { type: 'peer', id: 'gw-2' },
    ]);
    expect(found[0]?.severity).toBe('warning');
    expect(found[0]?.message).toBe(
      'Routing peer gw-1\'s LAN address 10.10.0.2 lies inside resource "Office LAN" (10.10.0.0/16) of network "Office", which it serves. engineers reaches the resource through the forward chain, but traffic to 10.10.0.2 is for gw-1 itself and lands in its input chain, where no peer-to-peer policy lets it in: services on the routing peer (SSH, monitoring, DNS) are denied. Add a peer-to-peer policy from engineers to gw-1 for the ports they need.',
    );
    expect(found[0]?.refs).toEqual([
      { type: 'peer', id: 'gw-1' },
      { type: 'resource', id: 'office-lan' },
      { type: 'network', id: 'office' },
      { type: 'group', id: 'engineers' },
    ]);
  });

  it('is not raised with the peer-to-peer policy, or when the LAN address is outside the resource', () => {
    expect(findingsOf(build(cleanAccount()), 'routing-peer-lan-ip-needs-input-policy')).toEqual([]);
    const outside = build(cleanAccount(), patchPolicy('pol-office-ssh', { enabled: false }), patchLab('gw-1', { lan_ip: '192.168.1.2' }), patchLab('gw-2', { lan_ip: '192.168.1.3' }));
    expect(findingsOf(outside, 'routing-peer-lan-ip-needs-input-policy')).toEqual([]);
  });

  it('can be scoped to one routing peer', () => {
    const index = indexOf(build(cleanAccount(), patchPolicy('pol-office-ssh', { enabled: false })));
    expect(lintInputChain(index, { type: 'peer', id: 'gw-2' }).map((f) => f.refs[0]?.id)).toEqual(['gw-2']);
  });
});
