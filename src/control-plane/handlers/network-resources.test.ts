import { describe, expect, it } from 'vitest';
import type { PolicyRecord, PolicyRuleRecord } from '../store/state';
import { makeTestPlane, type TestPlane } from '../testing/test-plane';

type Json = Record<string, unknown>;
const BASE = '/api/networks/n-office/resources';
const body = (over: Record<string, unknown> = {}) => ({ name: 'Wiki', description: 'team wiki', address: '10.10.0.5', enabled: true, groups: ['g-eng'], ...over });

async function create(t: TestPlane, over: Record<string, unknown> = {}, base = BASE): Promise<Json> {
  const res = await t.call('POST', base, body(over));
  expect(res.status).toBe(200);
  return res.json as Json;
}

async function expectRefused(over: Record<string, unknown>, message: RegExp) {
  const t = makeTestPlane();
  const res = await t.call('POST', BASE, body(over));
  expect(res.status).toBe(422);
  expect(res.message).toMatch(message);
  expect(t.plane.store.state.resources.size).toBe(0);
}

const groupResources = (t: TestPlane, id: string) => t.plane.store.state.groups.get(id)?.resources;

describe('network resources: happy paths', () => {
  it('creates a host resource in NetBird shape, with the group membership on the group side', async () => {
    const t = makeTestPlane();
    const r = await create(t);
    expect(r).toEqual({
      id: expect.stringMatching(/^[0-9a-v]{20}$/) as unknown,
      type: 'host',
      groups: [{ id: 'g-eng', name: 'engineers', peers_count: 1, resources_count: 1, issued: 'api' }],
      name: 'Wiki',
      description: 'team wiki',
      address: '10.10.0.5/32',
      enabled: true,
    });
    expect(groupResources(t, 'g-eng')).toEqual([{ id: r.id, type: 'host' }]);
    expect((await t.call('GET', `${BASE}/${String(r.id)}`)).json).toEqual(r);
    expect((await t.call('GET', BASE)).json).toEqual([r]);
    expect((await t.call('GET', '/api/networks/n-office')).json).toMatchObject({ resources: [r.id] });
  });

  it('GET /api/nbrc/networks/resources lists the resources of every network with network_id', async () => {
    const t = makeTestPlane();
    const other = (await t.call('POST', '/api/networks', { name: 'Cloud' })).json as Json;
    const otherBase = `/api/networks/${String(other.id)}/resources`;
    await create(t);
    await create(t, { name: 'Bucket', address: 'files.example.com' }, otherBase);
    await create(t, { name: 'Printer', address: '10.10.0.9' });
    const office = (await t.call('GET', BASE)).json as Json[];
    const cloud = (await t.call('GET', otherBase)).json as Json[];
    const all = await t.call('GET', '/api/nbrc/networks/resources');
    expect(all.status).toBe(200);
    // in creation order, each exactly as its network's own list shows it
    expect(all.json).toEqual([
      { ...office[0], network_id: 'n-office' },
      { ...cloud[0], network_id: other.id },
      { ...office[1], network_id: 'n-office' },
    ]);
  });

  it('derives the type from the address: host, subnet, IPv6, wildcard and IDN domains', async () => {
    const t = makeTestPlane();
    const cases: [string, string, string][] = [
      ['10.10.0.6/32', 'host', '10.10.0.6/32'],
      ['FD00::1', 'host', 'fd00::1/128'],
      ['fd00::1/128', 'host', 'fd00::1/128'],
      ['10.10.1.7/16', 'subnet', '10.10.0.0/16'],
      ['2001:db8::/32', 'subnet', '2001:db8::/32'],
      ['*.Corp.Example.com', 'domain', '*.corp.example.com'],
      ['Bücher.example', 'domain', 'xn--bcher-kva.example'],
    ];
    for (const [i, [address, type, stored]] of cases.entries()) {
      const r = await create(t, { name: `r${i}`, address });
      expect(r).toMatchObject({ type, address: stored });
    }
    expect(groupResources(t, 'g-eng')?.map((x) => x.type)).toEqual(cases.map(([, type]) => type));
  });

  it('lists only the resources of the network asked for', async () => {
    const t = makeTestPlane();
    const other = (await t.call('POST', '/api/networks', { name: 'Cloud' })).json as Json;
    const mine = await create(t);
    await create(t, { name: 'Elsewhere' }, `/api/networks/${String(other.id)}/resources`);
    expect(((await t.call('GET', BASE)).json as Json[]).map((r) => r.id)).toEqual([mine.id]);
  });

  it('PUT replaces the memberships and retypes references when the address kind changes', async () => {
    const t = makeTestPlane();
    const r = await create(t);
    const id = String(r.id);
    t.plane.store.state.policies.set('pol', policy('pol', [rule('r1', { sources: ['g-all'], destinationResource: { id, type: 'host' } })]));
    const res = await t.call('PUT', `${BASE}/${id}`, body({ name: 'Wiki', address: '10.10.0.0/24', groups: ['g-routers', 'g-all'] }));
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ id, type: 'subnet', address: '10.10.0.0/24' });
    expect((res.json as { groups: { id: string }[] }).groups.map((g) => g.id)).toEqual(['g-all', 'g-routers']);
    expect(groupResources(t, 'g-eng')).toEqual([]);
    expect(groupResources(t, 'g-all')).toEqual([{ id, type: 'subnet' }]);
    expect(groupResources(t, 'g-routers')).toEqual([{ id, type: 'subnet' }]);
    expect(t.plane.store.state.policies.get('pol')?.rules[0]?.destinationResource).toEqual({ id, type: 'subnet' });
  });

  it('DELETE removes the resource from its groups and cleans up the policies that named it', async () => {
    const t = makeTestPlane();
    const id = String((await create(t, { groups: ['g-eng', 'g-all'] })).id);
    const keep = await create(t, { name: 'Other' });
    const ref = { id, type: 'host' as const };
    const { policies } = t.plane.store.state;
    policies.set('mixed', policy('mixed', [rule('to-res', { sources: ['g-eng'], destinationResource: ref }), rule('to-grp', { sources: ['g-eng'], destinations: ['g-routers'] })]));
    policies.set('only-dest', policy('only-dest', [rule('x', { sources: ['g-eng'], destinationResource: ref })]));
    policies.set('only-src', policy('only-src', [rule('y', { sourceResource: ref, destinations: ['g-routers'] })]));
    policies.set('unrelated', policy('unrelated', [rule('z', { sources: ['g-eng'], destinationResource: { id: String(keep.id), type: 'host' } })]));
    expect(((await t.call('GET', '/api/networks/n-office')).json as Json).policies).toEqual(['mixed', 'only-dest', 'unrelated']);

    const res = await t.call('DELETE', `${BASE}/${id}`);
    expect(res.status).toBe(200);
    expect(t.plane.store.state.resources.has(id)).toBe(false);
    for (const g of t.plane.store.state.groups.values()) expect(g.resources.some((x) => x.id === id)).toBe(false);
    expect([...policies.keys()]).toEqual(['mixed', 'unrelated']);
    expect(policies.get('mixed')?.rules.map((r) => r.id)).toEqual(['to-grp']);
    expect(policies.get('unrelated')?.rules).toHaveLength(1);
    expect(((await t.call('GET', '/api/networks/n-office')).json as Json).resources).toEqual([keep.id]);
  });
});

describe('network resources: 404s', () => {
  it('an unknown network is 404', async () => {
    const t = makeTestPlane();
    for (const [method, path, payload] of [
      ['GET', '/api/networks/n-nope/resources'],
      ['POST', '/api/networks/n-nope/resources', body()],
      ['GET', '/api/networks/n-nope/resources/x'],
      ['DELETE', '/api/networks/n-nope/resources/x'],
    ] as const) {
      const res = await t.call(method, path, payload);
      expect(res.status).toBe(404);
      expect(res.message).toBe('network n-nope not found');
    }
    expect(t.plane.store.state.resources.size).toBe(0);
  });

  it('a resource of another network, or an unknown resource, is 404', async () => {
    const t = makeTestPlane();
    const other = (await t.call('POST', '/api/networks', { name: 'Cloud' })).json as Json;
    const r = await create(t);
    const elsewhere = await t.call('GET', `/api/networks/${String(other.id)}/resources/${String(r.id)}`);
    expect(elsewhere.status).toBe(404);
    expect(elsewhere.message).toContain(String(r.id));
    expect((await t.call('PUT', `${BASE}/res-none`, body({ name: 'New' }))).status).toBe(404);
    expect((await t.call('DELETE', `/api/networks/${String(other.id)}/resources/${String(r.id)}`)).status).toBe(404);
    expect(t.plane.store.state.resources.size).toBe(1);
  });
});

describe('network resources: validation', () => {
  it('an address that is neither IP, CIDR nor domain is 422 naming it (NetBird answers 500)', async () => {
    await expectRefused({ address: 'not an address!' }, /invalid address: "not an address!" is not an IP address, CIDR or domain name/);
    await expectRefused({ address: '10.10.0.300' }, /"10\.10\.0\.300"/);
    await expectRefused({ address: '10.10.0.0/33' }, /"10\.10\.0\.0\/33"/);
    await expectRefused({ address: 'foo.*.example.com' }, /"foo\.\*\.example\.com"/);
  });

  it('the name is unique across all networks of the account; a resource keeps its own name', async () => {
    const t = makeTestPlane();
    const other = (await t.call('POST', '/api/networks', { name: 'Cloud' })).json as Json;
    const r = await create(t, { name: 'DB' });
    const dup = await t.call('POST', `/api/networks/${String(other.id)}/resources`, body({ name: 'DB', address: '10.20.0.5' }));
    expect(dup.status).toBe(422);
    expect(dup.message).toBe('name "DB" is already used by another resource in network "Office"; resource names are unique across the account');
    expect((await t.call('PUT', `${BASE}/${String(r.id)}`, body({ name: 'DB', address: '10.10.0.9' }))).status).toBe(200);
    await expectRefused({ name: ' ' }, /name must not be empty/);
  });

  it('groups are required and must exist', async () => {
    await expectRefused({ groups: [] }, /groups must name at least one group/);
    await expectRefused({ groups: ['g-eng', 'g-gone'] }, /groups: group "g-gone" does not exist/);
  });

  it('a missing field is 422 naming it, bad JSON is 400', async () => {
    const t = makeTestPlane();
    const missing = await t.call('POST', BASE, { ...body(), groups: undefined });
    expect(missing.status).toBe(422);
    expect(missing.message).toMatch(/groups/);
    expect((await t.callRaw('POST', BASE, 'not json')).status).toBe(400);
  });

  it('a refused PUT leaves resource and memberships unchanged', async () => {
    const t = makeTestPlane();
    const r = await create(t);
    const res = await t.call('PUT', `${BASE}/${String(r.id)}`, body({ address: '::zz', groups: ['g-all'] }));
    expect(res.status).toBe(422);
    expect(res.message).toContain('::zz');
    expect(t.plane.store.state.resources.get(String(r.id))?.address).toBe('10.10.0.5/32');
    expect(groupResources(t, 'g-eng')).toEqual([{ id: r.id, type: 'host' }]);
    expect(groupResources(t, 'g-all')).toEqual([]);
  });
});

function rule(id: string, over: Partial<PolicyRuleRecord>): PolicyRuleRecord {
  return { id, name: id, enabled: true, action: 'accept', bidirectional: false, protocol: 'all', ...over };
}

function policy(id: string, rules: PolicyRuleRecord[]): PolicyRecord {
  return { id, name: id, description: '', enabled: true, source_posture_checks: [], rules };
}
