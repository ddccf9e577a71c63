import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createApiClient, type ApiClient } from '@/api/client';
import { api } from '@/api/endpoints';
import { exportSnapshot } from '@/api/export-snapshot';
import { accountSchema, type AccountSnapshot } from '@/api/schemas';
import { createControlPlane } from '../control-plane';
import { stateFromSnapshot } from '../store/snapshot';
import { createStore } from '../store/store';
import { SEED_TIME } from './build-seed';
import { seedSnapshot } from './index';

/** A client whose requests go straight to a control plane started from `snapshot`. */
function planeClient(snapshot: AccountSnapshot): ApiClient {
  const plane = createControlPlane({ store: createStore(stateFromSnapshot(snapshot)), now: () => SEED_TIME });
  return createApiClient({ baseUrl: 'http://cp.test', fetch: (input, init) => plane.handle(new Request(input, init)) });
}

describe('the demo seed served by the control plane', () => {
  it('answers every list endpoint with exactly the seed', async () => {
    const demo = seedSnapshot('demo');
    expect(await exportSnapshot(planeClient(demo))).toEqual(demo);
  });

  it('answers every single-object endpoint with the listed object', async () => {
    const demo = seedSnapshot('demo');
    const c = planeClient(demo);
    expect(await c.request('GET', '/api/accounts', z.array(accountSchema))).toEqual([demo.account]);
    for (const p of demo.peers) expect(await api.peers.get(c, p.id)).toEqual(p);
    for (const g of demo.groups) expect(await api.groups.get(c, g.id)).toEqual(g);
    for (const p of demo.policies) expect(await api.policies.get(c, p.id)).toEqual(p);
    for (const r of demo.routes) expect(await api.routes.get(c, r.id)).toEqual(r);
    for (const n of demo.networks) {
      expect(await api.networks.get(c, n.id)).toEqual(n);
      for (const r of demo.network_resources[n.id] ?? []) expect(await api.resources.get(c, n.id, r.id)).toEqual(r);
      for (const r of demo.network_routers[n.id] ?? []) expect(await api.routers.get(c, n.id, r.id)).toEqual(r);
    }
    for (const n of demo.nameservers) expect(await api.nameservers.get(c, n.id)).toEqual(n);
    for (const k of demo.setup_keys) expect(await api.setupKeys.get(c, k.id)).toEqual(k);
    const allRouters = await api.networks.allRouters(c);
    expect(allRouters.map((r) => r.id).sort()).toEqual(Object.values(demo.network_routers).flat().map((r) => r.id).sort());
  });
});

/**
 * Every object of the demo, re-created through the API of an account that starts with only the
 * demo's peers, is accepted by the control plane's validation, and the result is the demo again
 * (up to ids): the seed holds nothing the API would refuse or store differently.
 */
describe('the demo seed re-created through the API', () => {
  it('is accepted object by object and reproduces the demo', async () => {
    const demo = seedSnapshot('demo');
    const empty = seedSnapshot('empty');
    const allGroup = demo.groups.find((g) => g.name === 'All');
    const start: AccountSnapshot = {
      ...empty,
      peers: demo.peers,
      groups: [{ ...(allGroup ?? empty.groups[0]!), id: 'grp-all' }],
      lab: demo.lab,
    };
    const c = planeClient(start);
    const newToOld = new Map<string, string>();
    const oldToNew = new Map<string, string>([['grp-all', 'grp-all']]);
    const remember = (oldId: string, newId: string) => {
      oldToNew.set(oldId, newId);
      newToOld.set(newId, oldId);
    };
    const id = (oldId: string) => oldToNew.get(oldId) ?? oldId;
    const ids = (list: readonly string[] | null | undefined) => (list ?? []).map(id);

    for (const g of demo.groups.filter((x) => x.name !== 'All')) {
      remember(g.id, (await api.groups.create(c, { name: g.name, peers: g.peers.map((p) => p.id) })).id);
    }
    for (const n of demo.networks) {
      const created = await api.networks.create(c, { name: n.name, ...(n.description !== undefined ? { description: n.description } : {}) });
      remember(n.id, created.id);
      for (const r of demo.network_resources[n.id] ?? []) {
        const body = { name: r.name, description: r.description ?? '', address: r.address, enabled: r.enabled, groups: ids(r.groups.map((g) => g.id)) };
        remember(r.id, (await api.resources.create(c, created.id, body)).id);
      }
      for (const r of demo.network_routers[n.id] ?? []) {
        const target = r.peer ? { peer: r.peer } : { peer_groups: ids(r.peer_groups) };
        remember(r.id, (await api.routers.create(c, created.id, { ...target, metric: r.metric, masquerade: r.masquerade, enabled: r.enabled })).id);
      }
    }
    for (const r of demo.routes) {
      const { id: oldId, network_type: _type, groups, peer_groups, access_control_groups, ...rest } = r;
      const body = {
        ...rest,
        groups: ids(groups),
        ...(peer_groups ? { peer_groups: ids(peer_groups) } : {}),
        ...(access_control_groups ? { access_control_groups: ids(access_control_groups) } : {}),
      };
      remember(oldId, (await api.routes.create(c, body)).id);
    }
    for (const p of demo.policies) {
      const rules = p.rules.map(({ id: _ruleId, sources, destinations, sourceResource, destinationResource, ...rule }) => ({
        ...rule,
        sources: ids(sources.map((g) => g.id)),
        destinations: ids(destinations.map((g) => g.id)),
        ...(sourceResource ? { sourceResource: { ...sourceResource, id: id(sourceResource.id) } } : {}),
        ...(destinationResource ? { destinationResource: { ...destinationResource, id: id(destinationResource.id) } } : {}),
      }));
      const created = await api.policies.create(c, { name: p.name, description: p.description ?? '', enabled: p.enabled, source_posture_checks: p.source_posture_checks, rules });
      remember(p.id, created.id);
      created.rules.forEach((r, i) => remember(p.rules[i]?.id ?? '', r.id ?? ''));
    }
    for (const n of demo.nameservers) {
      const { id: oldId, groups, ...rest } = n;
      remember(oldId, (await api.nameservers.create(c, { ...rest, groups: ids(groups) })).id);
    }
    for (const k of demo.setup_keys) {
      const expiresIn = k.expires.startsWith('0001-') ? 0 : Math.round((Date.parse(k.expires) - SEED_TIME.getTime()) / 1000);
      const created = await api.setupKeys.create(c, { name: k.name, type: k.type, expires_in: expiresIn, auto_groups: ids(k.auto_groups), usage_limit: k.usage_limit });
      remember(k.id, created.id);
      if (k.revoked) await api.setupKeys.update(c, created.id, { revoked: true, auto_groups: ids(k.auto_groups) });
    }
    await api.dnsSettings.update(c, demo.dns_settings);
    await api.accounts.update(c, demo.account.id, { settings: demo.account.settings });

    const exportedText = JSON.stringify(await exportSnapshot(c));
    const back = JSON.parse(exportedText.replace(/"([0-9a-v]{20})"/g, (m, newId: string) => (newToOld.has(newId) ? JSON.stringify(newToOld.get(newId)) : m))) as AccountSnapshot;
    const { setup_keys: keys, ...rest } = back;
    const { setup_keys: demoKeys, ...demoRest } = demo;
    expect(rest).toEqual(demoRest);
    const keyFacts = (list: AccountSnapshot['setup_keys']) => list.map((k) => ({ id: k.id, name: k.name, type: k.type, revoked: k.revoked, state: k.state, auto_groups: k.auto_groups, usage_limit: k.usage_limit, expires: Date.parse(k.expires) }));
    expect(keyFacts(keys)).toEqual(keyFacts(demoKeys));
  });
});
