import { describe, expect, it } from 'vitest';
import { makeTestPlane, type TestPlane } from '../testing/test-plane';

type Json = Record<string, unknown>;

async function ok(t: TestPlane, method: string, path: string, body?: unknown): Promise<Json> {
  const res = await t.call(method, path, body);
  expect(res.status, res.message).toBe(200);
  return res.json as Json;
}

async function addResource(t: TestPlane, groups: string[], address = '10.10.0.5'): Promise<Json> {
  return ok(t, 'POST', '/api/networks/n-office/resources', { name: `res-${address}`, address, enabled: true, groups });
}

describe('groups: reading', () => {
  it('lists groups in NetBird shape: peers as {id,name}, resources, counts', async () => {
    const t = makeTestPlane();
    const groups = (await ok(t, 'GET', '/api/groups')) as unknown as Json[];
    expect(groups.map((g) => g.name)).toEqual(['All', 'engineers', 'routers', 'empty']);
    expect(groups[2]).toEqual({
      id: 'g-routers',
      name: 'routers',
      issued: 'api',
      peers_count: 2,
      resources_count: 0,
      peers: [
        { id: 'p-linux1', name: 'router-1' },
        { id: 'p-linux2', name: 'router-2' },
      ],
      resources: [],
    });
  });

  it('GET one group; 404 for an unknown id', async () => {
    const t = makeTestPlane();
    expect(await ok(t, 'GET', '/api/groups/g-eng')).toMatchObject({ id: 'g-eng', peers_count: 1 });
    const res = await t.call('GET', '/api/groups/nope');
    expect(res.status).toBe(404);
    expect(res.message).toBe('group nope not found');
  });
});

describe('groups: create and update', () => {
  it('POST creates an api-issued group; its peers list it in their groups', async () => {
    const t = makeTestPlane();
    const g = await ok(t, 'POST', '/api/groups', { name: ' ops ', peers: ['p-win', 'p-win'] });
    expect(g).toMatchObject({ name: 'ops', issued: 'api', peers: [{ id: 'p-win', name: 'win-router' }], peers_count: 1, resources: [], resources_count: 0 });
    const peer = await ok(t, 'GET', '/api/peers/p-win');
    expect((peer.groups as Json[]).map((x) => x.name)).toEqual(['All', 'ops']);
  });

  it('PUT replaces peers and resources, correcting a resource reference type from the stored resource', async () => {
    const t = makeTestPlane();
    const r = await addResource(t, ['g-eng']);
    expect(r.type).toBe('host');
    const g = await ok(t, 'PUT', '/api/groups/g-empty', { name: 'servers', peers: ['p-linux2'], resources: [{ id: r.id, type: 'subnet' }] });
    expect(g).toMatchObject({ name: 'servers', peers: [{ id: 'p-linux2', name: 'router-2' }], resources: [{ id: r.id, type: 'host' }], resources_count: 1 });
    const res = await ok(t, 'GET', `/api/networks/n-office/resources/${String(r.id)}`);
    expect((res.groups as Json[]).map((x) => x.id)).toEqual(['g-eng', 'g-empty']);
    const cleared = await ok(t, 'PUT', '/api/groups/g-empty', { name: 'servers' });
    expect(cleared).toMatchObject({ peers: [], resources: [], peers_count: 0 });
  });

  it('lets a group keep its own name on PUT', async () => {
    const t = makeTestPlane();
    expect(await ok(t, 'PUT', '/api/groups/g-eng', { name: 'engineers', peers: [] })).toMatchObject({ peers_count: 0 });
  });

  it('refuses an empty name with 422', async () => {
    const t = makeTestPlane();
    const res = await t.call('POST', '/api/groups', { name: ' ' });
    expect(res.status).toBe(422);
    expect(res.message).toBe('group name must not be empty');
  });

  it('refuses a duplicate name with 409 naming it, on create and rename', async () => {
    const t = makeTestPlane();
    const create = await t.call('POST', '/api/groups', { name: 'engineers' });
    expect(create.status).toBe(409);
    expect(create.message).toBe('group "engineers" already exists');
    const rename = await t.call('PUT', '/api/groups/g-empty', { name: 'routers' });
    expect(rename.status).toBe(409);
    expect(rename.message).toBe('group "routers" already exists');
    expect(t.plane.store.state.groups.size).toBe(4);
  });

  it('refuses unknown peers and resources with 422 naming them', async () => {
    const t = makeTestPlane();
    const peer = await t.call('POST', '/api/groups', { name: 'x', peers: ['ghost'] });
    expect(peer.status).toBe(422);
    expect(peer.message).toBe('peers: peer "ghost" does not exist');
    const resource = await t.call('PUT', '/api/groups/g-eng', { name: 'engineers', resources: [{ id: 'r9', type: 'host' }] });
    expect(resource.status).toBe(422);
    expect(resource.message).toBe('resources: network resource "r9" does not exist');
  });

  it('refuses renaming All (422) and changing its peers', async () => {
    const t = makeTestPlane();
    const rename = await t.call('PUT', '/api/groups/g-all', { name: 'Everyone', peers: ['p-linux1', 'p-linux2', 'p-win', 'p-mac'] });
    expect(rename.status).toBe(422);
    expect(rename.message).toBe('the "All" group cannot be renamed');
    const shrink = await t.call('PUT', '/api/groups/g-all', { name: 'All', peers: ['p-mac'] });
    expect(shrink.status).toBe(422);
    expect(shrink.message).toContain('"All" group always holds every peer');
    expect(t.plane.store.state.groups.get('g-all')?.peers).toHaveLength(4);
  });

  it('answers 400 for unparsable JSON, 422 for a missing name, 404 for PUT on an unknown group', async () => {
    const t = makeTestPlane();
    expect((await t.callRaw('POST', '/api/groups', '{name')).status).toBe(400);
    const missing = await t.call('POST', '/api/groups', { peers: [] });
    expect(missing.status).toBe(422);
    expect(missing.message).toBe('name is required');
    expect((await t.call('PUT', '/api/groups/nope', { name: 'x' })).status).toBe(404);
  });
});

describe('groups: delete', () => {
  it('deletes an unused group, and its peers no longer list it', async () => {
    const t = makeTestPlane();
    await ok(t, 'DELETE', '/api/groups/g-eng');
    expect((await t.call('GET', '/api/groups/g-eng')).status).toBe(404);
    const mac = await ok(t, 'GET', '/api/peers/p-mac');
    expect((mac.groups as Json[]).map((g) => g.id)).toEqual(['g-all']);
    expect((await t.call('DELETE', '/api/groups/g-eng')).status).toBe(404);
  });

  it('refuses deleting All with 422', async () => {
    const t = makeTestPlane();
    const res = await t.call('DELETE', '/api/groups/g-all');
    expect(res.status).toBe(422);
    expect(res.message).toBe('the "All" group cannot be deleted');
  });

  async function expectInUse(t: TestPlane, group: string, by: string) {
    const res = await t.call('DELETE', `/api/groups/${group}`);
    expect(res.status).toBe(400);
    expect(res.message).toContain('cannot be deleted: it is used by');
    expect(res.message).toContain(by);
    expect(t.plane.store.state.groups.has(group)).toBe(true);
  }

  it('refuses deleting a group linked to a network resource, naming the resource', async () => {
    const t = makeTestPlane();
    await addResource(t, ['g-empty']);
    await expectInUse(t, 'g-empty', 'network resource "res-10.10.0.5"');
  });

  it.each([
    ['groups', { groups: ['g-empty'] }],
    ['peer_groups', { peer_groups: ['g-empty'] }],
    ['access_control_groups', { access_control_groups: ['g-empty'] }],
  ])('refuses deleting a group a route uses in %s, naming the route', async (_field, over) => {
    const t = makeTestPlane();
    await ok(t, 'POST', '/api/routes', {
      description: '',
      network_id: 'office-lan',
      enabled: true,
      network: '10.10.0.0/16',
      peer: 'peer_groups' in over ? undefined : 'p-linux1',
      metric: 100,
      masquerade: true,
      groups: ['g-eng'],
      keep_route: false,
      ...over,
    });
    await expectInUse(t, 'g-empty', 'route "office-lan"');
  });

  it('refuses deleting a group a nameserver group uses', async () => {
    const t = makeTestPlane();
    await ok(t, 'POST', '/api/dns/nameservers', {
      name: 'corp-dns',
      description: '',
      nameservers: [{ ip: '10.0.0.53', ns_type: 'udp', port: 53 }],
      enabled: true,
      groups: ['g-empty'],
      primary: true,
      domains: [],
      search_domains_enabled: false,
    });
    await expectInUse(t, 'g-empty', 'nameserver group "corp-dns"');
  });

  it('refuses deleting a group a policy rule uses as destination', async () => {
    const t = makeTestPlane();
    await ok(t, 'POST', '/api/policies', {
      name: 'web',
      enabled: true,
      rules: [
        { name: 'a', enabled: true, action: 'accept', bidirectional: false, protocol: 'all', sources: ['g-eng'], destinations: ['g-eng'] },
        { name: 'b', enabled: true, action: 'accept', bidirectional: false, protocol: 'all', sources: ['g-eng'], destinations: ['g-empty'] },
      ],
    });
    await expectInUse(t, 'g-empty', 'policy "web"');
  });

  it('refuses deleting a setup key auto group', async () => {
    const t = makeTestPlane();
    await ok(t, 'POST', '/api/setup-keys', { name: 'edge', type: 'reusable', expires_in: 0, auto_groups: ['g-empty'], usage_limit: 0 });
    await expectInUse(t, 'g-empty', 'setup key "edge"');
  });

  it('refuses deleting a network router peer group, naming the network', async () => {
    const t = makeTestPlane();
    await ok(t, 'POST', '/api/networks/n-office/routers', { peer_groups: ['g-routers'], metric: 10, masquerade: true, enabled: true });
    await expectInUse(t, 'g-routers', 'routing peer group of network "Office"');
  });

  it('refuses deleting a group whose DNS management is disabled', async () => {
    const t = makeTestPlane();
    await ok(t, 'PUT', '/api/dns/settings', { disabled_management_groups: ['g-empty'] });
    await expectInUse(t, 'g-empty', 'DNS settings');
  });

  it('names several users at once', async () => {
    const t = makeTestPlane();
    await ok(t, 'POST', '/api/setup-keys', { name: 'k1', type: 'reusable', expires_in: 0, auto_groups: ['g-eng'], usage_limit: 0 });
    await ok(t, 'PUT', '/api/dns/settings', { disabled_management_groups: ['g-eng'] });
    const res = await t.call('DELETE', '/api/groups/g-eng');
    expect(res.message).toBe('group "engineers" cannot be deleted: it is used by setup key "k1" (auto-assigned group) and DNS settings (DNS management disabled)');
  });
});
