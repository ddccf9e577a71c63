import { describe, expect, it } from 'vitest';
import { makeTestPlane } from '../testing/test-plane';

const body = (over: Record<string, unknown> = {}) => ({
  description: 'office LAN',
  network_id: 'office',
  enabled: true,
  peer: 'p-linux1',
  network: '10.10.0.0/16',
  metric: 100,
  masquerade: true,
  groups: ['g-all'],
  keep_route: false,
  ...over,
});

type Json = Record<string, unknown>;

async function expectRefused(over: Record<string, unknown>, status: number, message: RegExp) {
  const t = makeTestPlane();
  const res = await t.call('POST', '/api/routes', body(over));
  expect(res.status).toBe(status);
  expect(res.message).toMatch(message);
  expect(res.json).toMatchObject({ code: status });
  expect(t.plane.store.state.routes.size).toBe(0);
}

describe('/api/routes: happy paths', () => {
  it('creates a CIDR route with the network masked and network_type IPv4, and lists and gets it', async () => {
    const t = makeTestPlane();
    const created = await t.call('POST', '/api/routes', body({ network: '10.10.1.5/16', access_control_groups: ['g-eng'] }));
    expect(created.status).toBe(200);
    const route = created.json as Json;
    expect(route).toMatchObject({
      network: '10.10.0.0/16',
      network_type: 'IPv4',
      peer: 'p-linux1',
      network_id: 'office',
      metric: 100,
      groups: ['g-all'],
      access_control_groups: ['g-eng'],
      keep_route: false,
      masquerade: true,
      enabled: true,
      description: 'office LAN',
      skip_auto_apply: false,
    });
    expect(route.id).toMatch(/^[0-9a-v]{20}$/);
    expect(route).not.toHaveProperty('domains');
    expect(route).not.toHaveProperty('peer_groups');
    const list = await t.call('GET', '/api/routes');
    expect(list.json).toEqual([route]);
    const one = await t.call('GET', `/api/routes/${String(route.id)}`);
    expect(one.json).toEqual(route);
  });

  it('derives IPv6 for an IPv6 prefix', async () => {
    const t = makeTestPlane();
    const res = await t.call('POST', '/api/routes', body({ network: 'FD00:10::1/48' }));
    expect(res.json).toMatchObject({ network: 'fd00:10::/48', network_type: 'IPv6' });
  });

  it('stores a domain route in punycode with network_type Domain and no network', async () => {
    const t = makeTestPlane();
    const res = await t.call('POST', '/api/routes', body({ network: '', domains: ['Bücher.Example', '*.Corp.Example.com'], peer: '', peer_groups: ['g-routers'] }));
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ domains: ['xn--bcher-kva.example', '*.corp.example.com'], network_type: 'Domain', peer_groups: ['g-routers'] });
    expect(res.json).not.toHaveProperty('network');
    expect(res.json).not.toHaveProperty('peer');
  });

  it('PUT replaces the route; a route never conflicts with itself', async () => {
    const t = makeTestPlane();
    const id = String(((await t.call('POST', '/api/routes', body())).json as Json).id);
    const updated = await t.call('PUT', `/api/routes/${id}`, body({ metric: 200, network: '10.10.0.0/16', description: 'moved' }));
    expect(updated.status).toBe(200);
    expect(updated.json).toMatchObject({ id, metric: 200, description: 'moved', network: '10.10.0.0/16' });
    const toDomains = await t.call('PUT', `/api/routes/${id}`, body({ network: undefined, domains: ['app.example.com'] }));
    expect(toDomains.json).toMatchObject({ id, network_type: 'Domain', domains: ['app.example.com'] });
    expect(toDomains.json).not.toHaveProperty('network');
    expect(t.plane.store.state.routes.size).toBe(1);
  });

  it('DELETE removes the route; unknown ids are 404', async () => {
    const t = makeTestPlane();
    const id = String(((await t.call('POST', '/api/routes', body())).json as Json).id);
    expect((await t.call('DELETE', `/api/routes/${id}`)).status).toBe(200);
    expect(t.plane.store.state.routes.size).toBe(0);
    for (const [method, payload] of [['GET'], ['PUT', body()], ['DELETE']] as const) {
      const res = await t.call(method, `/api/routes/${id}`, payload);
      expect(res.status).toBe(404);
      expect(res.message).toContain(id);
    }
  });
});

describe('/api/routes: validation', () => {
  it('400 on unparsable JSON, 422 naming a missing required field', async () => {
    const t = makeTestPlane();
    const raw = await t.callRaw('POST', '/api/routes', '{"network_id":');
    expect(raw.status).toBe(400);
    const missing = await t.call('POST', '/api/routes', { ...body(), metric: undefined });
    expect(missing.status).toBe(422);
    expect(missing.message).toMatch(/metric/);
  });

  it('exactly one of network / domains', async () => {
    await expectRefused({ domains: ['a.example.com'] }, 422, /network and domains cannot both be set/);
    await expectRefused({ network: undefined }, 422, /needs either network .* or domains/);
    await expectRefused({ network: '', domains: [] }, 422, /needs either network .* or domains/);
  });

  it('exactly one of peer / peer_groups (empty values count as absent)', async () => {
    await expectRefused({ peer_groups: ['g-routers'] }, 422, /peer and peer_groups cannot both be set/);
    await expectRefused({ peer: undefined }, 422, /routing peer is required: set peer or peer_groups/);
    await expectRefused({ peer: '', peer_groups: [] }, 422, /routing peer is required/);
    const t = makeTestPlane();
    expect((await t.call('POST', '/api/routes', body({ peer: '', peer_groups: ['g-routers'] }))).status).toBe(200);
    expect((await t.call('POST', '/api/routes', body({ network: '10.20.0.0/16', peer_groups: [] }))).status).toBe(200);
  });

  it('network_id 1..40 characters', async () => {
    await expectRefused({ network_id: '' }, 422, /network_id must not be empty/);
    await expectRefused({ network_id: 'n'.repeat(41) }, 422, /network_id must be 1 to 40 characters, got 41/);
  });

  it('network must be a valid CIDR, named in the message', async () => {
    await expectRefused({ network: '10.10.0/16' }, 422, /invalid network: "10\.10\.0\/16"/);
    await expectRefused({ network: '10.10.0.0' }, 422, /"10\.10\.0\.0" is not a valid CIDR/);
  });

  it('domains: 1..32 valid names, the bad one named', async () => {
    await expectRefused({ network: undefined, domains: ['ok.example.com', 'bad_name.example'] }, 422, /bad_name\.example/);
    await expectRefused({ network: undefined, domains: ['*'] }, 422, /not a valid domain name/);
    const many = Array.from({ length: 33 }, (_, i) => `d${i}.example.com`);
    await expectRefused({ network: undefined, domains: many }, 422, /domains has 33 entries; a route accepts at most 32/);
  });

  it('metric 1..9999', async () => {
    await expectRefused({ metric: 0 }, 422, /^metric must be between 1 and 9999, got 0$/);
    await expectRefused({ metric: 10000 }, 422, /metric must be between 1 and 9999, got 10000/);
  });

  it('groups non-empty and existing; peer_groups and access_control_groups existing', async () => {
    await expectRefused({ groups: [] }, 422, /groups must name at least one distribution group/);
    await expectRefused({ groups: ['g-all', 'g-gone'] }, 422, /groups: group "g-gone" does not exist/);
    await expectRefused({ peer: undefined, peer_groups: ['g-nope'] }, 422, /peer_groups: group "g-nope" does not exist/);
    await expectRefused({ access_control_groups: ['g-acl'] }, 422, /access_control_groups: group "g-acl" does not exist/);
  });

  it('unknown peer is 422 naming the id', async () => {
    await expectRefused({ peer: 'p-ghost' }, 422, /peer "p-ghost" does not exist/);
  });

  it('409 when one peer would serve the same prefix twice, naming the existing route', async () => {
    const t = makeTestPlane();
    expect((await t.call('POST', '/api/routes', body({ network_id: 'office-a' }))).status).toBe(200);
    const again = await t.call('POST', '/api/routes', body({ network_id: 'office-b', network: '10.10.200.1/16' }));
    expect(again.status).toBe(409);
    expect(again.message).toBe('peer "router-1" already serves 10.10.0.0/16 in route "office-a"');
    const viaGroup = await t.call('POST', '/api/routes', body({ network_id: 'office-c', peer: undefined, peer_groups: ['g-routers'] }));
    expect(viaGroup.status).toBe(409);
    expect(viaGroup.message).toMatch(/peer "router-1" of peer group "routers" already serves 10\.10\.0\.0\/16 in route "office-a"/);
    const otherPeer = await t.call('POST', '/api/routes', body({ network_id: 'office-ha', peer: 'p-linux2' }));
    expect(otherPeer.status).toBe(200);
    expect(t.plane.store.state.routes.size).toBe(2);
  });

  it('409 when one peer would serve the same domain list twice, also on update', async () => {
    const t = makeTestPlane();
    const domains = body({ network: undefined, domains: ['a.example.com', 'b.example.com'] });
    expect((await t.call('POST', '/api/routes', { ...domains, network_id: 'apps' })).status).toBe(200);
    const second = await t.call('POST', '/api/routes', body({ network_id: 'other' }));
    const id = String((second.json as Json).id);
    const clash = await t.call('PUT', `/api/routes/${id}`, { ...domains, domains: ['B.example.com', 'a.example.com'], network_id: 'other' });
    expect(clash.status).toBe(409);
    expect(clash.message).toMatch(/already serves domains \[b\.example\.com, a\.example\.com\] in route "apps"/);
    expect(t.plane.store.state.routes.get(id)).toMatchObject({ network: '10.10.0.0/16' });
  });
});
