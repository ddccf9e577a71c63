import { describe, expect, it } from 'vitest';
import { build, cleanAccount, indexOf } from '../lint/testing/lint-fixtures';
import { ruleChainLines, ruleChains } from './policy-chain';

const index = indexOf(build(cleanAccount()));

describe('ruleChains', () => {
  it('puts a resource group in the forward chain of the network’s routing peers', () => {
    const chains = ruleChains(index, { destinations: ['office'] });
    expect(chains.forward).toMatchObject([{ kind: 'network', networkId: 'office', routingPeerIds: ['gw-1', 'gw-2'] }]);
    expect(chains.inputPeerIds).toEqual([]);
    expect(ruleChainLines(index, chains)).toEqual([
      {
        chain: 'forward',
        text: 'Forward chain of gw-1 and gw-2 (routing peers of network "Office"): traffic routed through them to resource "Office LAN" (10.10.0.0/16).',
      },
    ]);
  });

  it('puts a single resource in the forward chain too', () => {
    const chains = ruleChains(index, { destinationResource: { id: 'app', type: 'domain' } });
    expect(chains.forward).toMatchObject([{ kind: 'network', networkId: 'apps', routingPeerIds: ['apps-gw'] }]);
  });

  it('puts a routing-peer group in the input chain and names the routing peers', () => {
    const chains = ruleChains(index, { destinations: ['office-routers'] });
    expect(chains.forward).toEqual([]);
    expect(chains.inputRoutingPeerIds).toEqual(['gw-1', 'gw-2']);
    const [line] = ruleChainLines(index, chains);
    expect(line?.chain).toBe('input');
    expect(line?.text).toContain('Input chain of the destination peers (peer-to-peer)');
    expect(line?.text).toContain('routing peers gw-1 and gw-2: services on the routing peer itself');
  });

  it('adds the forward chain of a legacy route whose ACL group is the destination', () => {
    const chains = ruleChains(index, { destinations: ['branch-routers'] });
    expect(chains.forward).toEqual([{ kind: 'route', routeId: 'branch-route', routingPeerIds: ['branch-gw'] }]);
    expect(chains.inputPeerIds).toEqual(['branch-gw']);
    expect(ruleChainLines(index, chains).map((l) => l.chain)).toEqual(['forward', 'input']);
  });

  it('says when a network has no routing peer to carry the traffic', () => {
    const bare = indexOf(build(cleanAccount().network('empty', { name: 'Empty', resources: [{ id: 'x', address: '10.99.0.0/16', groups: ['x'] }] })));
    const [line] = ruleChainLines(bare, ruleChains(bare, { destinations: ['x'] }));
    expect(line?.text).toContain('which has none yet');
  });

  it('treats a single peer as the input chain', () => {
    const chains = ruleChains(index, { destinationResource: { id: 'alice', type: 'peer' } });
    expect(chains).toEqual({ forward: [], inputPeerIds: ['alice'], inputRoutingPeerIds: [] });
  });
});
