import { describe, expect, it } from 'vitest';
import { makeTestPlane, type TestPlane } from '../testing/test-plane';

type Json = Record<string, unknown>;
const BASE = '/api/networks/n-office/routers';
const body = (over: Record<string, unknown> = {}) => ({ peer: 'p-linux1', metric: 100, masquerade: true, enabled: true, ...over });

async function create(t: TestPlane, over: Record<string, unknown> = {}, base = BASE): Promise<Json> {
  const res = await t.call('POST', base, body(over));
  expect(res.status).toBe(200);
  return res.json as Json;
}

async function expectRefused(over: Record<string, unknown>, status: number, message: RegExp) {
  const t = makeTestPlane();
  const res = await t.call('POST', BASE, body(over));
  expect(res.status).toBe(status);
  expect(res.message).toMatch(message);
  expect(t.plane.store.state.routers.size).toBe(0);
}

describe('network routers: happy paths', () => {
  it('creates a router with a single peer in NetBird shape', async () => {
    const t = makeTestPlane();
    const r = await create(t);
    expect(r).toEqual({ id: expect.stringMatching(/^[0-9a-v]{20}$/) as unknown, peer: 'p-linux1', metric: 100, masquerade: true, enabled: true });
    expect((await t.call('GET', `${BASE}/${String(r.id)}`)).json).toEqual(r);
    expect((await t.call('GET', BASE)).json).toEqual([r]);
  });

  it("updates the network's routers and routing_peers_count, counting distinct peers of peer groups", async () => {
    const t = makeTestPlane();
    const group = await create(t, { peer: '', peer_groups: ['g-routers'], metric: 10 });
    expect(group).toMatchObject({ peer_groups: ['g-routers'], metric: 10 });
    expect(group).not.toHaveProperty('peer');
    let network = (await t.call('GET', '/api/networks/n-office')).json as Json;
    expect(network).toMatchObject({ routers: [group.id], routing_peers_count: 2 });
    const same = await create(t, { peer: 'p-linux2', peer_groups: [] });
    network = (await t.call('GET', '/api/networks/n-office')).json as Json;
    expect(network).toMatchObject({ routers: [group.id, same.id], routing_peers_count: 2 });
    await create(t, { peer: 'p-win' });
    network = (await t.call('GET', '/api/networks/n-office')).json as Json;
    expect(network.routing_peers_count).toBe(3);
  });

  it('GET /api/networks/routers lists the routers of every network with network_id', async () => {
    const t = makeTestPlane();
    const other = (await t.call('POST', '/api/networks', { name: 'Cloud' })).json as Json;
    const a = await create(t);
    const b = await create(t, { peer: 'p-win' }, `/api/networks/${String(other.id)}/routers`);
    const all = await t.call('GET', '/api/networks/routers');
    expect(all.status).toBe(200);
    expect(all.json).toEqual([
      { ...a, network_id: 'n-office' },
      { ...b, network_id: other.id },
    ]);
    expect((await t.call('GET', BASE)).json).toEqual([a]);
  });

  it('PUT replaces the router, switching from a peer to peer groups', async () => {
    const t = makeTestPlane();
    const r = await create(t);
    const res = await t.call('PUT', `${BASE}/${String(r.id)}`, body({ peer: undefined, peer_groups: ['g-routers'], metric: 5, masquerade: false }));
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ id: r.id, peer_groups: ['g-routers'], metric: 5, masquerade: false, enabled: true });
  });

  it('DELETE removes the router from the network', async () => {
    const t = makeTestPlane();
    const r = await create(t);
    expect((await t.call('DELETE', `${BASE}/${String(r.id)}`)).status).toBe(200);
    expect((await t.call('GET', '/api/networks/n-office')).json).toMatchObject({ routers: [], routing_peers_count: 0 });
    expect((await t.call('GET', `${BASE}/${String(r.id)}`)).status).toBe(404);
  });
});

describe('network routers: 404s', () => {
  it('an unknown network is 404 before the body is checked', async () => {
    const t = makeTestPlane();
    for (const [method, path, payload] of [
      ['GET', '/api/networks/n-nope/routers'],
      ['POST', '/api/networks/n-nope/routers', body({ metric: 0 })],
      ['GET', '/api/networks/n-nope/routers/x'],
    ] as const) {
      const res = await t.call(method, path, payload);
      expect(res.status).toBe(404);
      expect(res.message).toBe('network n-nope not found');
    }
  });

  it('a router of another network, or an unknown router, is 404', async () => {
    const t = makeTestPlane();
    const other = (await t.call('POST', '/api/networks', { name: 'Cloud' })).json as Json;
    const r = await create(t);
    const elsewhere = await t.call('GET', `/api/networks/${String(other.id)}/routers/${String(r.id)}`);
    expect(elsewhere.status).toBe(404);
    expect(elsewhere.message).toContain(String(r.id));
    expect((await t.call('PUT', `${BASE}/r-none`, body())).status).toBe(404);
    expect((await t.call('DELETE', `${BASE}/r-none`)).status).toBe(404);
    expect(t.plane.store.state.routers.size).toBe(1);
  });
});

describe('network routers: validation', () => {
  it('exactly one of peer / peer_groups, empty values counting as absent', async () => {
    await expectRefused({ peer_groups: ['g-routers'] }, 422, /peer and peer_groups cannot both be set/);
    await expectRefused({ peer: undefined }, 422, /routing peer is required: set peer or peer_groups/);
    await expectRefused({ peer: '', peer_groups: [] }, 422, /routing peer is required/);
  });

  it('metric 1..9999 (stricter than NetBird)', async () => {
    await expectRefused({ metric: 0 }, 422, /^metric must be between 1 and 9999, got 0$/);
    await expectRefused({ metric: 10000 }, 422, /metric must be between 1 and 9999, got 10000/);
  });

  it('peer and peer groups must exist, named in the message', async () => {
    await expectRefused({ peer: 'p-ghost' }, 422, /peer "p-ghost" does not exist/);
    await expectRefused({ peer: undefined, peer_groups: ['g-routers', 'g-gone'] }, 422, /peer_groups: group "g-gone" does not exist/);
  });

  it('PUT validates like POST and leaves the router unchanged', async () => {
    const t = makeTestPlane();
    const r = await create(t);
    const res = await t.call('PUT', `${BASE}/${String(r.id)}`, body({ metric: 0 }));
    expect(res.status).toBe(422);
    expect(res.message).toMatch(/metric/);
    expect(t.plane.store.state.routers.get(String(r.id))?.metric).toBe(100);
  });
});
