import { describe, expect, it } from 'vitest';
import { buildAccountIndex, type AccountIndex } from '@/domain/account';
import { generateAccount } from '@/domain/generate';
import type { Snapshot } from '@/domain/snapshot';
import { officeAccount } from '@/domain/testing/office-account';
import { snapshotBuilder } from '@/domain/testing/snapshot-builder';
import { applyPolicyEvent, applyRouterEvent, noOverrides, withOverrides } from './account-overrides';
import { clientRoutes, newRouteCache, type SimRoute } from './client-routes';
import { concernedClients } from './concerned-clients';
import type { PolicyEvent, RouterEvent } from './scenario';
import { labAccount } from './testing/lab-account';

/** What a client receives, as text: each route with its options (peer/metric) and unlinked peers. */
const routeText = (r: SimRoute) => `${r.kind} ${r.key}: ${r.options.map((o) => `${o.peerId}/${o.metric}`).join(' ')} | ${r.unlinked.join(' ')}`;

function allRoutes(index: AccountIndex): Map<string, SimRoute[]> {
  const cache = newRouteCache(index);
  return new Map(index.snapshot.peers.map((p) => [p.id, clientRoutes(cache, p.id)]));
}

const texts = (routes: Map<string, SimRoute[]>) => new Map([...routes].map(([client, list]) => [client, list.map(routeText)]));

/**
 * edgeAccount: what generated accounts rarely hold: a route switched off (enabling it reaches
 * clients that hold nothing of it yet), and clients linked with a routing peer only as a
 * policy's destination, by group (srv) or by peer (ops).
 */
const edgeAccount = () =>
  snapshotBuilder()
    .peer('gw', { groups: ['gateways'] })
    .peer('exit', { groups: ['exits'] })
    .peer('srv', { groups: ['servers'] })
    .peer('ops', { groups: ['operators'] })
    .peer('lap', { groups: ['laptops'] })
    .route('lan', { id: 'r-off', network: '10.1.0.0/16', peer: 'gw', groups: ['laptops'], enabled: false })
    .route('dc', { id: 'r-dc', network: '10.2.0.0/16', peer: 'gw', groups: ['servers', 'operators'] })
    .exitNode('exit-1', { id: 'r-exit', peer: 'exit', groups: ['laptops'] })
    .policy('gateways-to-servers', { id: 'p-gw', sources: ['gateways'], destinations: ['servers'] })
    .policy('gateways-to-ops', { id: 'p-ops', sources: ['gateways'], destinationPeer: 'ops' })
    .policy('laptops-to-exits', { id: 'p-exit', sources: ['laptops'], destinations: ['exits'], protocol: 'icmp' })
    .build();

function eventsOf(snapshot: Snapshot): (RouterEvent | PolicyEvent)[] {
  const routers = Object.values(snapshot.network_routers).flat();
  return [
    ...routers.flatMap((r): RouterEvent[] => [
      { kind: 'router', t: 1, router: r.id, set: { metric: r.metric + 500 } },
      { kind: 'router', t: 1, router: r.id, set: { enabled: !r.enabled } },
    ]),
    ...snapshot.routes.flatMap((r): RouterEvent[] => [
      { kind: 'router', t: 1, router: r.id, set: { metric: Math.max(1, r.metric - 5) } },
      { kind: 'router', t: 1, router: r.id, set: { enabled: !r.enabled } },
    ]),
    ...snapshot.policies.map((p): PolicyEvent => ({ kind: 'policy', t: 1, policy: p.id, set: { enabled: !p.enabled } })),
  ];
}

describe('concernedClients', () => {
  it('leaves out only clients whose routes the event does not change', () => {
    for (const snapshot of [edgeAccount(), labAccount(), officeAccount(), generateAccount({ size: 'S' }) as unknown as Snapshot]) {
      const before = buildAccountIndex(snapshot);
      const planned = allRoutes(before);
      const routes = texts(planned);
      const byKey = new Map<string, string[]>();
      for (const [client, list] of planned) for (const r of list) byKey.set(r.key, [...(byKey.get(r.key) ?? []), client]);
      const holders = (key: string) => byKey.get(key) ?? [];
      let changed = 0;
      let spared = 0;
      for (const e of eventsOf(snapshot)) {
        const overrides = noOverrides();
        if (e.kind === 'router') applyRouterEvent(overrides, e);
        else applyPolicyEvent(overrides, e);
        const after = texts(allRoutes(buildAccountIndex(withOverrides(snapshot, overrides))));
        const concerned = concernedClients(before, e, holders);
        expect(concerned, `${e.kind} ${e.kind === 'router' ? e.router : e.policy}`).not.toBeNull();
        for (const [client, list] of routes) {
          const now = after.get(client) ?? [];
          if (concerned?.has(client) === true) {
            if (now.join('\n') !== list.join('\n')) changed++;
            continue;
          }
          spared++;
          expect(now, `${client} after ${JSON.stringify(e)}`).toEqual(list);
        }
        // a Network's router changes only that network's route of the clients holding it (the run's refreshNetworks)
        const router = e.kind === 'router' ? before.routers.get(e.router) : undefined;
        if (router !== undefined && !before.routes.has(router.id)) {
          const others = (list: readonly string[]) => list.filter((r) => !r.startsWith(`network ${router.network_id}:`));
          for (const [client, list] of routes) expect(others(after.get(client) ?? []), client).toEqual(others(list));
        }
      }
      // the events change routes, and most clients are spared most of them
      expect(changed).toBeGreaterThan(0);
      expect(spared).toBeGreaterThan(changed);
    }
  });

  it('re-plans everyone for an id it does not know', () => {
    const index = buildAccountIndex(labAccount());
    expect(concernedClients(index, { kind: 'router', t: 1, router: 'no-such-router', set: { metric: 1 } }, () => [])).toBeNull();
    expect(concernedClients(index, { kind: 'policy', t: 1, policy: 'no-such-policy', set: { enabled: false } }, () => [])).toBeNull();
  });
});
