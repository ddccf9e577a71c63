import { describe, expect, it } from 'vitest';
import { makeTestPlane, type TestPlane } from '../testing/test-plane';

type Json = Record<string, unknown>;

const update = (over: Json = {}) => ({
  name: 'router-1',
  ssh_enabled: false,
  login_expiration_enabled: false,
  inactivity_expiration_enabled: false,
  ...over,
});

async function ok(t: TestPlane, method: string, path: string, body?: unknown): Promise<Json> {
  const res = await t.call(method, path, body);
  expect(res.status, res.message).toBe(200);
  return res.json as Json;
}

describe('peers: reading', () => {
  it('lists every peer with groups derived from group membership', async () => {
    const t = makeTestPlane();
    const peers = (await ok(t, 'GET', '/api/peers')) as unknown as Json[];
    expect(peers.map((p) => p.id)).toEqual(['p-linux1', 'p-linux2', 'p-win', 'p-mac']);
    const mac = peers.find((p) => p.id === 'p-mac');
    expect(mac).toMatchObject({ name: 'laptop', ip: '100.64.0.4', os: 'darwin', version: '0.58.2', hostname: 'laptop', connected: true });
    expect(mac?.groups).toEqual([
      { id: 'g-all', name: 'All', peers_count: 4, resources_count: 0, issued: 'api' },
      { id: 'g-eng', name: 'engineers', peers_count: 1, resources_count: 0, issued: 'api' },
    ]);
  });

  it('GET one peer, 404 for an unknown id', async () => {
    const t = makeTestPlane();
    expect(await ok(t, 'GET', '/api/peers/p-win')).toMatchObject({ id: 'p-win', name: 'win-router' });
    const res = await t.call('GET', '/api/peers/nope');
    expect(res.status).toBe(404);
    expect(res.message).toBe('peer nope not found');
  });

  it('follows group changes: a peer added to a group lists it', async () => {
    const t = makeTestPlane();
    await ok(t, 'PUT', '/api/groups/g-eng', { name: 'engineers', peers: ['p-mac', 'p-win'] });
    const win = await ok(t, 'GET', '/api/peers/p-win');
    expect((win.groups as Json[]).map((g) => g.id)).toEqual(['g-all', 'g-eng']);
  });

  it('peers are not created over the API', async () => {
    const t = makeTestPlane();
    expect((await t.call('POST', '/api/peers', { name: 'x' })).status).toBe(405);
  });
});

describe('peers: update', () => {
  it('PUT changes name and flags and keeps groups', async () => {
    const t = makeTestPlane();
    const p = await ok(
      t,
      'PUT',
      '/api/peers/p-linux1',
      update({ name: ' edge-1 ', ssh_enabled: true, login_expiration_enabled: true, inactivity_expiration_enabled: true, approval_required: false }),
    );
    expect(p).toMatchObject({
      id: 'p-linux1',
      name: 'edge-1',
      ssh_enabled: true,
      login_expiration_enabled: true,
      inactivity_expiration_enabled: true,
      approval_required: false,
      ip: '100.64.0.1',
    });
    expect((p.groups as Json[]).map((g) => g.id)).toEqual(['g-all', 'g-routers']);
    expect(await ok(t, 'GET', '/api/peers/p-linux1')).toEqual(p);
    const group = await ok(t, 'GET', '/api/groups/g-routers');
    expect(group.peers).toContainEqual({ id: 'p-linux1', name: 'edge-1' });
  });

  it('refuses an empty name (422), a missing field (422) and a wrong type (400)', async () => {
    const t = makeTestPlane();
    const empty = await t.call('PUT', '/api/peers/p-win', update({ name: '  ' }));
    expect(empty.status).toBe(422);
    expect(empty.message).toBe('peer name must not be empty');
    const missing = await t.call('PUT', '/api/peers/p-win', { name: 'x' });
    expect(missing.status).toBe(422);
    expect(missing.message).toMatch(/is required/);
    const wrong = await t.call('PUT', '/api/peers/p-win', update({ ssh_enabled: 'yes' }));
    expect(wrong.status).toBe(400);
    expect(wrong.message).toContain('ssh_enabled');
    expect((await t.callRaw('PUT', '/api/peers/p-win', 'name=x')).status).toBe(400);
    expect(t.plane.store.state.peers.get('p-win')?.name).toBe('win-router');
  });

  it('answers 404 for an unknown peer', async () => {
    const t = makeTestPlane();
    expect((await t.call('PUT', '/api/peers/nope', update())).status).toBe(404);
    expect((await t.call('DELETE', '/api/peers/nope')).status).toBe(404);
  });
});

describe('peers: delete', () => {
  it('removes the peer from groups', async () => {
    const t = makeTestPlane();
    await ok(t, 'DELETE', '/api/peers/p-linux1');
    expect((await t.call('GET', '/api/peers/p-linux1')).status).toBe(404);
    const routers = await ok(t, 'GET', '/api/groups/g-routers');
    expect(routers).toMatchObject({ peers: [{ id: 'p-linux2', name: 'router-2' }], peers_count: 1 });
    const all = await ok(t, 'GET', '/api/groups/g-all');
    expect(all.peers_count).toBe(3);
  });

  it('deletes routers and routes left without a routing peer, keeps those with peer groups', async () => {
    const t = makeTestPlane();
    const byPeer = await ok(t, 'POST', '/api/networks/n-office/routers', { peer: 'p-linux1', metric: 10, masquerade: true, enabled: true });
    const byGroup = await ok(t, 'POST', '/api/networks/n-office/routers', { peer_groups: ['g-routers'], metric: 20, masquerade: true, enabled: true });
    const route = (over: Json) => ({
      description: '',
      network_id: 'office',
      enabled: true,
      network: '10.10.0.0/16',
      metric: 100,
      masquerade: true,
      groups: ['g-eng'],
      keep_route: false,
      ...over,
    });
    const routeByPeer = await ok(t, 'POST', '/api/routes', route({ peer: 'p-linux1' }));
    const routeByGroup = await ok(t, 'POST', '/api/routes', route({ network_id: 'lab', network: '10.20.0.0/16', peer_groups: ['g-routers'] }));
    await ok(t, 'DELETE', '/api/peers/p-linux1');
    const routers = (await ok(t, 'GET', '/api/networks/n-office/routers')) as unknown as Json[];
    expect(routers.map((r) => r.id)).toEqual([byGroup.id]);
    expect((await t.call('GET', `/api/networks/n-office/routers/${String(byPeer.id)}`)).status).toBe(404);
    const routes = (await ok(t, 'GET', '/api/routes')) as unknown as Json[];
    expect(routes.map((r) => r.id)).toEqual([routeByGroup.id]);
    expect((await t.call('GET', `/api/routes/${String(routeByPeer.id)}`)).status).toBe(404);
  });

  it('drops policy rules that targeted the peer as a resource, and policies left empty', async () => {
    const t = makeTestPlane();
    const rule = (name: string, over: Json) => ({
      name,
      enabled: true,
      action: 'accept',
      bidirectional: false,
      protocol: 'tcp',
      ports: ['22'],
      sources: ['g-eng'],
      ...over,
    });
    const mixed = await ok(t, 'POST', '/api/policies', {
      name: 'ssh',
      enabled: true,
      rules: [
        rule('to-peer', { destinationResource: { id: 'p-linux1', type: 'peer' } }),
        rule('to-group', { destinations: ['g-routers'] }),
      ],
    });
    const only = await ok(t, 'POST', '/api/policies', {
      name: 'only-peer',
      enabled: true,
      rules: [rule('to-peer', { destinationResource: { id: 'p-linux1', type: 'peer' } })],
    });
    await ok(t, 'DELETE', '/api/peers/p-linux1');
    const kept = await ok(t, 'GET', `/api/policies/${String(mixed.id)}`);
    expect((kept.rules as Json[]).map((r) => r.name)).toEqual(['to-group']);
    expect((await t.call('GET', `/api/policies/${String(only.id)}`)).status).toBe(404);
  });

  it('forgets the peer in lab data', async () => {
    const t = makeTestPlane();
    t.plane.store.state.lab = { peers: { 'p-linux1': { online: false }, 'p-mac': { latency_ms: { 'p-linux1': 12, 'p-win': 30 } } } };
    await ok(t, 'DELETE', '/api/peers/p-linux1');
    expect(t.plane.store.state.lab).toEqual({ peers: { 'p-mac': { latency_ms: { 'p-win': 30 } } } });
  });
});

describe('GET /api/peers filters', () => {
  it('filters by name and by overlay IP', async () => {
    const t = makeTestPlane();
    const byName = await t.call('GET', '/api/peers?name=laptop');
    expect((byName.json as { id: string }[]).map((p) => p.id)).toEqual(['p-mac']);
    const byIp = await t.call('GET', '/api/peers?ip=100.64.0.2');
    expect((byIp.json as { id: string }[]).map((p) => p.id)).toEqual(['p-linux2']);
  });
});
