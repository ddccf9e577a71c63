import { describe, expect, it } from 'vitest';
import { build, cleanAccount, indexOf } from '../lint/testing/lint-fixtures';
import { peerDeletionImpact } from './peer-deletion';

const index = indexOf(
  build(
    cleanAccount()
      .policy('Alice to apps-gw', { id: 'pol-peer', sourcePeer: 'alice', destinationPeer: 'apps-gw', protocol: 'tcp', ports: ['22'] }),
  ),
);

describe('peerDeletionImpact', () => {
  it('names the network left without routing peers, the router deleted with it and the rules targeting it', () => {
    expect(peerDeletionImpact(index, 'apps-gw')).toEqual([
      { label: 'Left with no routing peer at all', items: ['network "Corp apps"'] },
      { label: 'Network routing peers deleted with it', items: ['routing peer of network "Corp apps"'] },
      { label: 'Policy rules deleted (they target this peer)', items: ['policy "Alice to apps-gw": rule "Alice to apps-gw" (the whole policy, no rule is left)'] },
      { label: 'Groups it leaves', items: ['apps-routers'] },
    ]);
  });

  it('names routers that only lose one member of their peer group', () => {
    const lists = peerDeletionImpact(index, 'gw-1');
    expect(lists.find((l) => l.label === 'Network routing peers that lose it')?.items).toEqual(['network "Office" (through peer group "office-routers")']);
    expect(lists.some((l) => l.label === 'Left with no routing peer at all')).toBe(false);
  });

  it('names a legacy route deleted with its only routing peer', () => {
    const lists = peerDeletionImpact(index, 'branch-gw');
    expect(lists.find((l) => l.label === 'Network routes deleted with it')?.items).toEqual(['route "branch" (192.168.50.0/24)']);
    expect(lists.find((l) => l.label === 'Left with no routing peer at all')?.items).toEqual(['route "branch" (192.168.50.0/24)']);
  });

  it('lists only groups for a client peer', () => {
    expect(peerDeletionImpact(index, 'bob')).toEqual([{ label: 'Groups it leaves', items: ['contractors'] }]);
  });
});
