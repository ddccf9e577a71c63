import { describe, expect, it } from 'vitest';
import { makeTestPlane, type TestPlane } from '../testing/test-plane';

type Json = Record<string, unknown>;
const BASE = '/api/dns/nameservers';

const nsGroup = (over: Json = {}): Json => ({
  name: 'corp-dns',
  description: 'internal resolvers',
  nameservers: [{ ip: '10.10.0.53', ns_type: 'udp', port: 53 }],
  enabled: true,
  groups: ['g-eng'],
  primary: false,
  domains: ['corp.example'],
  search_domains_enabled: true,
  ...over,
});

async function ok(t: TestPlane, method: string, path: string, body?: unknown): Promise<Json> {
  const res = await t.call(method, path, body);
  expect(res.status, res.message).toBe(200);
  return res.json as Json;
}

async function expectRefused(over: Json, message: string | RegExp) {
  const t = makeTestPlane();
  const res = await t.call('POST', BASE, nsGroup(over));
  expect(res.status).toBe(422);
  if (typeof message === 'string') expect(res.message).toBe(message);
  else expect(res.message).toMatch(message);
  expect(t.plane.store.state.nameservers.size).toBe(0);
}

describe('nameserver groups: happy paths', () => {
  it('POST creates a group in NetBird shape; GET lists and reads it', async () => {
    const t = makeTestPlane();
    const n = await ok(t, 'POST', BASE, nsGroup());
    expect(n).toEqual({ id: expect.stringMatching(/^[0-9a-v]{20}$/) as unknown, ...nsGroup() });
    expect(await ok(t, 'GET', `${BASE}/${String(n.id)}`)).toEqual(n);
    expect(await ok(t, 'GET', BASE)).toEqual([n]);
  });

  it('accepts a primary group with three nameservers (IPv4 and IPv6)', async () => {
    const t = makeTestPlane();
    const servers = [
      { ip: '1.1.1.1', ns_type: 'udp', port: 53 },
      { ip: '2606:4700:4700::1111', ns_type: 'udp', port: 53 },
      { ip: '9.9.9.9', ns_type: 'udp', port: 5353 },
    ];
    const n = await ok(t, 'POST', BASE, nsGroup({ primary: true, domains: [], search_domains_enabled: false, nameservers: servers }));
    expect(n.nameservers).toEqual(servers);
  });

  it('PUT replaces a group and may keep its own name; DELETE removes it', async () => {
    const t = makeTestPlane();
    const n = await ok(t, 'POST', BASE, nsGroup());
    const updated = await ok(t, 'PUT', `${BASE}/${String(n.id)}`, nsGroup({ domains: ['corp.example', 'lab.example'], enabled: false }));
    expect(updated).toMatchObject({ id: n.id, name: 'corp-dns', domains: ['corp.example', 'lab.example'], enabled: false });
    await ok(t, 'DELETE', `${BASE}/${String(n.id)}`);
    expect((await t.call('GET', `${BASE}/${String(n.id)}`)).status).toBe(404);
  });

  it('answers 404 for unknown ids, 400 for unparsable JSON, 422 for a missing field', async () => {
    const t = makeTestPlane();
    const res = await t.call('GET', `${BASE}/nope`);
    expect(res.status).toBe(404);
    expect(res.message).toBe('nameserver group nope not found');
    expect((await t.call('PUT', `${BASE}/nope`, nsGroup())).status).toBe(404);
    expect((await t.call('DELETE', `${BASE}/nope`)).status).toBe(404);
    expect((await t.callRaw('POST', BASE, '{')).status).toBe(400);
    const { domains: _domains, ...withoutDomains } = nsGroup();
    const missing = await t.call('POST', BASE, withoutDomains);
    expect(missing.status).toBe(422);
    expect(missing.message).toBe('domains is required');
  });
});

describe('nameserver groups: validation', () => {
  it('refuses an empty name', () => expectRefused({ name: '' }, 'name must be 1 to 40 characters, got 0'));

  it('refuses a name longer than 40 characters', () => expectRefused({ name: 'n'.repeat(41) }, 'name must be 1 to 40 characters, got 41'));

  it('refuses a name another nameserver group holds (422), but not on its own PUT', async () => {
    const t = makeTestPlane();
    const n = await ok(t, 'POST', BASE, nsGroup());
    const dup = await t.call('POST', BASE, nsGroup());
    expect(dup.status).toBe(422);
    expect(dup.message).toBe('a nameserver group named "corp-dns" already exists');
    const other = await ok(t, 'POST', BASE, nsGroup({ name: 'other' }));
    const rename = await t.call('PUT', `${BASE}/${String(other.id)}`, nsGroup());
    expect(rename.status).toBe(422);
    expect((await t.call('PUT', `${BASE}/${String(n.id)}`, nsGroup())).status).toBe(200);
  });

  it('refuses an empty nameserver list', () => expectRefused({ nameservers: [] }, 'nameservers must list 1 to 3 servers, got 0'));

  it('refuses more than three nameservers', () =>
    expectRefused({ nameservers: ['1.1.1.1', '1.0.0.1', '8.8.8.8', '8.8.4.4'].map((ip) => ({ ip, ns_type: 'udp', port: 53 })) }, 'nameservers must list 1 to 3 servers, got 4'));

  it('refuses an invalid nameserver IP', () => expectRefused({ nameservers: [{ ip: 'dns.google', ns_type: 'udp', port: 53 }] }, /^nameservers\.0\.ip: "dns\.google" is not a valid IP address/));

  it('refuses a nameserver type other than udp with 422', () =>
    expectRefused({ nameservers: [{ ip: '1.1.1.1', ns_type: 'tcp', port: 53 }] }, 'nameservers.0.ns_type: "tcp" is not supported; use udp'));

  it('refuses a nameserver port out of range', () =>
    expectRefused({ nameservers: [{ ip: '1.1.1.1', ns_type: 'udp', port: 65536 }] }, 'nameservers.0.port: port 65536 is out of range 1-65535'));

  it('refuses domains on a primary group', () =>
    expectRefused({ primary: true, search_domains_enabled: false }, 'a primary nameserver group resolves every domain: domains must be empty'));

  it('refuses search domains on a primary group', () =>
    expectRefused({ primary: true, domains: [], search_domains_enabled: true }, 'a primary nameserver group cannot enable search domains'));

  it('refuses a non-primary group without match domains', () =>
    expectRefused({ domains: [] }, 'a nameserver group that is not primary needs at least one match domain'));

  it('refuses a wildcard match domain', () => expectRefused({ domains: ['*.corp.example'] }, /^domains\.0: "\*\.corp\.example" is a wildcard/));

  it('refuses an invalid match domain', () => expectRefused({ domains: ['corp..example'] }, /^domains\.0: "corp\.\.example" is not a valid domain name/));

  it('refuses empty distribution groups', () => expectRefused({ groups: [] }, /^groups must name at least one distribution group/));

  it('refuses unknown distribution groups', () => expectRefused({ groups: ['g-eng', 'ghost'] }, 'groups: group "ghost" does not exist'));
});

describe('DNS settings', () => {
  it('GET answers the settings; PUT replaces the disabled management groups', async () => {
    const t = makeTestPlane();
    expect(await ok(t, 'GET', '/api/dns/settings')).toEqual({ disabled_management_groups: [] });
    expect(await ok(t, 'PUT', '/api/dns/settings', { disabled_management_groups: ['g-eng', 'g-eng'] })).toEqual({ disabled_management_groups: ['g-eng'] });
    expect(await ok(t, 'GET', '/api/dns/settings')).toEqual({ disabled_management_groups: ['g-eng'] });
  });

  it('refuses unknown groups with 422 naming them', async () => {
    const t = makeTestPlane();
    const res = await t.call('PUT', '/api/dns/settings', { disabled_management_groups: ['ghost'] });
    expect(res.status).toBe(422);
    expect(res.message).toBe('disabled_management_groups: group "ghost" does not exist');
    expect(t.plane.store.state.dnsSettings.disabled_management_groups).toEqual([]);
  });

  it('answers 422 for a missing field and 400 for unparsable JSON', async () => {
    const t = makeTestPlane();
    expect((await t.call('PUT', '/api/dns/settings', {})).status).toBe(422);
    expect((await t.callRaw('PUT', '/api/dns/settings', 'nope')).status).toBe(400);
  });
});
