import { describe, expect, it } from 'vitest';
import { buildAccountIndex, type AccountIndex } from '@/domain/account';
import { applyGroupDraft } from '@/domain/draft/group';
import { applyNetworkDraft, withoutNetwork } from '@/domain/draft/network';
import { applyPolicyDraft, policyRequestFromStored } from '@/domain/draft/policy';
import { applyResourceDraft, withoutResource } from '@/domain/draft/resource';
import { applyRouteDraft, routeDraftFrom } from '@/domain/draft/route';
import { applyRouterDraft, patchRouters } from '@/domain/draft/router';
import { generateAccount } from '@/domain/generate';
import type { Snapshot } from '@/domain/snapshot';
import { snapshotBuilder } from '@/domain/testing/snapshot-builder';
import { baseIndexOf, deriveAccountIndex } from './derive-account-index';

/**
 * Everything an index answers, as plain data in the index's own order (members of a group, keys
 * of a map): a derived index must not only hold the same facts as a full build, but list them in
 * the same order, since analyses report in that order.
 */
function contents(index: AccountIndex) {
  const entries = <V>(m: ReadonlyMap<string, V>, f: (v: V) => unknown = (v) => v) => [...m].map(([k, v]) => [k, f(v)]);
  return {
    peers: entries(index.peers),
    peerByIp: entries(index.peerByIp),
    peerByName: entries(index.peerByName),
    groups: entries(index.groups),
    groupByName: entries(index.groupByName),
    policies: entries(index.policies),
    routes: entries(index.routes),
    networks: entries(index.networks),
    resources: entries(index.resources),
    routers: entries(index.routers),
    groupPeers: entries(index.groupPeers, (s) => [...s]),
    groupResources: entries(index.groupResources, (s) => [...s]),
    peerGroups: entries(index.peerGroups, (s) => [...s]),
    resourceGroups: entries(index.resourceGroups),
    resourcesOfNetwork: entries(index.resourcesOfNetwork),
    routersOfNetwork: entries(index.routersOfNetwork),
    lab: [...index.peers.keys(), 'no-such-peer'].map((id) => index.lab(id)),
  };
}

const generated = () => generateAccount({ size: 'S' }) as unknown as Snapshot;

/** handMade: a small account where one peer is named on both sides of its memberships and a group holds a peer as a resource. */
const handMade = (): Snapshot =>
  snapshotBuilder()
    .peer('alice', { groups: ['engineers'], ip: '100.64.0.10', online: false })
    .peer('bob', { groups: ['sales', 'engineers'] })
    .peer('gw', { groups: ['routers'], lanIp: '10.10.0.2' })
    .peer('gw-2', { groups: ['routers'] })
    .network('office', {
      routers: [{ id: 'rt', peerGroups: ['routers'] }],
      resources: [
        { id: 'lan', address: '10.10.0.0/16', groups: ['office'] },
        { id: 'app', address: 'app.corp.example', groups: ['office', 'apps'] },
      ],
    })
    .network('empty', {})
    .route('dc', { id: 'route-dc', network: '172.20.0.0/16', peerGroups: ['routers'], groups: ['engineers'] })
    .policy('eng-office', { id: 'pol-office', sources: ['engineers'], destinations: ['office'], protocol: 'tcp', ports: ['22', '443'] })
    .policy('sales-app', { id: 'pol-app', sources: ['sales'], destinations: ['apps'] })
    .build();

function first<T>(list: readonly T[] | undefined, what: string): T {
  const x = list?.[0];
  if (x === undefined) throw new Error(`the account has no ${what}`);
  return x;
}

/** edits: one draft of every kind an editor makes, as the draft appliers make them. */
function edits(s: Snapshot): Record<string, Snapshot> {
  const policy = first(s.policies, 'policy');
  const route = first(s.routes, 'route');
  const network = first(s.networks.filter((n) => (s.network_resources[n.id] ?? []).length > 0 && (s.network_routers[n.id] ?? []).length > 0), 'network with resources and routers');
  const resource = first(s.network_resources[network.id], 'resource');
  const router = first(s.network_routers[network.id], 'router');
  const group = first(s.groups.filter((g) => g.peers.length > 0 && g.peers.length < s.peers.length), 'group with some of the peers');
  const peer = first(s.peers.filter((p) => p.groups.length > 0), 'peer in a group');
  const stranger = first(s.peers.filter((p) => !group.peers.some((m) => m.id === p.id)), 'peer outside the group');
  const request = policyRequestFromStored(policy);
  return {
    'policy edited': applyPolicyDraft(s, policy.id, { ...request, rules: request.rules.map((r) => ({ ...r, protocol: 'tcp', ports: ['443'] })) }),
    'policy disabled': applyPolicyDraft(s, policy.id, { ...request, enabled: false }),
    'policy added': applyPolicyDraft(s, null, { ...request, name: 'new' }),
    'policy deleted': { ...s, policies: s.policies.filter((p) => p !== policy) },
    'route edited': applyRouteDraft(s, { ...routeDraftFrom(route), groups: [group.id] }, route.id),
    'route deleted': { ...s, routes: s.routes.filter((r) => r !== route) },
    'resource edited': applyResourceDraft(s, network.id, { id: resource.id, name: resource.name, address: '10.250.0.0/24', enabled: true, groups: [group.id] }),
    'resource deleted': withoutResource(s, resource.id),
    'router disabled': patchRouters(s, network.id, [router.id], { enabled: false }),
    'router added': applyRouterDraft(s, network.id, { peer: stranger.id, metric: 10, masquerade: true, enabled: true }),
    'group members': applyGroupDraft(s, group.id, { name: group.name, peers: [...group.peers.map((p) => p.id), stranger.id], resources: group.resources }),
    'group added': applyGroupDraft(s, null, { name: 'new', peers: [stranger.id], resources: [] }),
    // a membership seen from the member's side only, as an import of an older export may hold it
    'peer joins from its side': { ...s, peers: s.peers.map((p) => (p === stranger ? { ...p, groups: [...p.groups, { id: group.id }] } : p)) },
    'resource joins from its side': {
      ...s,
      network_resources: { ...s.network_resources, [network.id]: (s.network_resources[network.id] ?? []).map((r) => (r === resource ? { ...r, groups: [...r.groups, { id: group.id }] } : r)) },
    },
    'peer renamed': { ...s, peers: s.peers.map((p) => (p === peer ? { ...p, name: 'renamed', ip: '100.92.255.254' } : p)) },
    'network added': applyNetworkDraft(s, { name: 'new' }),
    'network deleted': withoutNetwork(s, network.id),
    'lab changed': { ...s, lab: { peers: { [peer.id]: { online: false, failure_domain: 'elsewhere' } }, dns: {} } },
  };
}

describe('deriveAccountIndex', () => {
  for (const [account, make] of [
    ['generated S account', generated],
    ['small hand-made account', handMade],
  ] as const) {
    describe(`equals a full build, on a ${account}`, () => {
      const before = make();
      const previous = buildAccountIndex(before);
      for (const [name, after] of Object.entries(edits(before))) {
        it(name, () => {
          expect(after, 'the edit changes the snapshot').not.toBe(before);
          const derived = deriveAccountIndex(previous, after);
          expect(derived.snapshot).toBe(after);
          expect(contents(derived)).toEqual(contents(buildAccountIndex(after)));
          // the previous index is left as it was
          expect(contents(previous)).toEqual(contents(buildAccountIndex(before)));
        });
      }
    });
  }

  it('shares every part a policy edit leaves alone, and rebuilds the policies', () => {
    const before = generated();
    const previous = buildAccountIndex(before);
    const derived = deriveAccountIndex(previous, edits(before)['policy edited'] as Snapshot);
    for (const part of ['peers', 'groups', 'groupPeers', 'peerGroups', 'groupResources', 'resourceGroups', 'resources', 'routers', 'routes', 'networks'] as const) {
      expect(derived[part], part).toBe(previous[part]);
    }
    expect(derived.peerByIp).toBe(previous.peerByIp);
    expect(derived.policies).not.toBe(previous.policies);
  });

  it('rebuilds the memberships when a group changes, and only the routers when a router does', () => {
    const before = generated();
    const previous = buildAccountIndex(before);
    const e = edits(before);
    const byGroup = deriveAccountIndex(previous, e['group members'] as Snapshot);
    expect(byGroup.groupPeers).not.toBe(previous.groupPeers);
    expect(byGroup.policies).toBe(previous.policies);
    const byRouter = deriveAccountIndex(previous, e['router disabled'] as Snapshot);
    expect(byRouter.routers).not.toBe(previous.routers);
    expect(byRouter.resources).toBe(previous.resources);
    expect(byRouter.groupPeers).toBe(previous.groupPeers);
  });

  it('remembers what it was derived from, and derives from a derived index too', () => {
    const before = handMade();
    const previous = buildAccountIndex(before);
    const e = edits(before);
    const once = deriveAccountIndex(previous, e['policy edited'] as Snapshot);
    expect(baseIndexOf(once)).toBe(previous);
    expect(baseIndexOf(previous)).toBeUndefined();
    expect(deriveAccountIndex(previous, before)).toBe(previous);
    const twice = applyGroupDraft(once.snapshot, null, { name: 'later', peers: [first(before.peers, 'peer').id], resources: [] });
    expect(contents(deriveAccountIndex(once, twice))).toEqual(contents(buildAccountIndex(twice)));
  });
});
