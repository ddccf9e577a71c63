import { describe, expect, it } from 'vitest';
import { makeTestPlane, type TestPlane } from '../testing/test-plane';

type Json = Record<string, unknown>;

const rule = (over: Json = {}): Json => ({
  name: 'web',
  enabled: true,
  action: 'accept',
  bidirectional: false,
  protocol: 'tcp',
  ports: ['443'],
  sources: ['g-eng'],
  destinations: ['g-routers'],
  ...over,
});

const policy = (rules: Json[] = [rule()], over: Json = {}): Json => ({ name: 'web access', description: 'd', enabled: true, rules, ...over });

async function ok(t: TestPlane, method: string, path: string, body?: unknown): Promise<Json> {
  const res = await t.call(method, path, body);
  expect(res.status, res.message).toBe(200);
  return res.json as Json;
}

async function addResource(t: TestPlane): Promise<Json> {
  return ok(t, 'POST', '/api/networks/n-office/resources', { name: 'office-lan', address: '10.10.0.0/16', enabled: true, groups: ['g-empty'] });
}

async function expectRefused(rules: Json[], message: string, over: Json = {}) {
  const t = makeTestPlane();
  const res = await t.call('POST', '/api/policies', policy(rules, over));
  expect(res.status).toBe(422);
  expect(res.message).toBe(message);
  expect(t.plane.store.state.policies.size).toBe(0);
}

describe('policies: happy paths', () => {
  it('POST keeps every rule and answers with sources/destinations expanded to GroupMinimum', async () => {
    const t = makeTestPlane();
    const p = await ok(t, 'POST', '/api/policies', policy([rule(), rule({ name: 'dns', protocol: 'udp', ports: [], port_ranges: [{ start: 53, end: 53 }] })]));
    expect(p).toMatchObject({ id: expect.stringMatching(/^[0-9a-v]{20}$/) as unknown, name: 'web access', description: 'd', enabled: true, source_posture_checks: [] });
    const rules = p.rules as Json[];
    expect(rules).toHaveLength(2);
    expect(rules[0]).toMatchObject({
      name: 'web',
      action: 'accept',
      protocol: 'tcp',
      ports: ['443'],
      sources: [{ id: 'g-eng', name: 'engineers', peers_count: 1, resources_count: 0, issued: 'api' }],
      destinations: [{ id: 'g-routers', name: 'routers', peers_count: 2, resources_count: 0, issued: 'api' }],
    });
    expect(rules[1]).toMatchObject({ name: 'dns', protocol: 'udp', port_ranges: [{ start: 53, end: 53 }] });
    expect(rules[1]).not.toHaveProperty('ports');
    expect(rules[0]?.id).toEqual(expect.stringMatching(/^[0-9a-v]{20}$/));
    expect(rules[0]?.id).not.toBe(rules[1]?.id);
    expect(await ok(t, 'GET', `/api/policies/${String(p.id)}`)).toEqual(p);
    expect(await ok(t, 'GET', '/api/policies')).toEqual([p]);
  });

  it('stores a resource destination with its type taken from the stored resource', async () => {
    const t = makeTestPlane();
    const r = await addResource(t);
    const p = await ok(t, 'POST', '/api/policies', policy([rule({ destinations: [], destinationResource: { id: r.id, type: 'host' } })]));
    const first = (p.rules as Json[])[0];
    expect(first).toMatchObject({ destinations: [], destinationResource: { id: r.id, type: 'subnet' } });
    const network = await ok(t, 'GET', '/api/networks/n-office');
    expect(network.policies).toEqual([p.id]);
  });

  it('accepts a peer as source resource', async () => {
    const t = makeTestPlane();
    const p = await ok(t, 'POST', '/api/policies', policy([rule({ sources: [], sourceResource: { id: 'p-mac', type: 'peer' } })]));
    expect((p.rules as Json[])[0]).toMatchObject({ sources: [], sourceResource: { id: 'p-mac', type: 'peer' } });
  });

  it('PUT keeps a rule id that belongs to the policy and gives new ids otherwise', async () => {
    const t = makeTestPlane();
    const a = await ok(t, 'POST', '/api/policies', policy([rule(), rule({ name: 'second' })]));
    const b = await ok(t, 'POST', '/api/policies', policy([rule()], { name: 'other' }));
    const [ruleA0] = a.rules as Json[];
    const [ruleB0] = b.rules as Json[];
    const updated = await ok(
      t,
      'PUT',
      `/api/policies/${String(a.id)}`,
      policy([rule({ id: ruleA0?.id, name: 'renamed' }), rule({ id: ruleB0?.id, name: 'stolen' }), rule({ name: 'fresh' })], { name: 'web v2', enabled: false }),
    );
    const rules = updated.rules as Json[];
    expect(updated).toMatchObject({ id: a.id, name: 'web v2', enabled: false });
    expect(rules.map((r) => r.name)).toEqual(['renamed', 'stolen', 'fresh']);
    expect(rules[0]?.id).toBe(ruleA0?.id);
    expect(rules[1]?.id).not.toBe(ruleB0?.id);
    expect(new Set(rules.map((r) => r.id)).size).toBe(3);
  });

  it('DELETE removes a policy; unknown ids answer 404', async () => {
    const t = makeTestPlane();
    const p = await ok(t, 'POST', '/api/policies', policy());
    await ok(t, 'DELETE', `/api/policies/${String(p.id)}`);
    const gone = await t.call('GET', `/api/policies/${String(p.id)}`);
    expect(gone.status).toBe(404);
    expect(gone.message).toBe(`policy ${String(p.id)} not found`);
    expect((await t.call('PUT', '/api/policies/nope', policy())).status).toBe(404);
    expect((await t.call('DELETE', '/api/policies/nope')).status).toBe(404);
  });

  it('answers 400 for unparsable JSON and 422 for missing rules', async () => {
    const t = makeTestPlane();
    expect((await t.callRaw('POST', '/api/policies', '{"name": "x",')).status).toBe(400);
    const missing = await t.call('POST', '/api/policies', { name: 'x', enabled: true });
    expect(missing.status).toBe(422);
    expect(missing.message).toBe('rules is required');
  });
});

describe('policies: validation (422 naming the rule and field)', () => {
  it('refuses an empty name', () => expectRefused([rule()], 'policy name must not be empty', { name: '  ' }));

  it('refuses a policy without rules', () => expectRefused([], 'a policy needs at least one rule'));

  it('refuses a rule without sources (empty list, no sourceResource)', () =>
    expectRefused([rule(), rule({ name: 'second', sources: [] })], 'rule "second" (rules.1): sources are missing: set sources (group ids) or sourceResource'));

  it('refuses sources together with sourceResource', () =>
    expectRefused(
      [rule({ sourceResource: { id: 'p-mac', type: 'peer' } })],
      'rule "web" (rules.0): sources and sourceResource cannot both be set; choose groups or one resource',
    ));

  it('refuses a rule without destinations', () =>
    expectRefused([rule({ destinations: null })], 'rule "web" (rules.0): destinations are missing: set destinations (group ids) or destinationResource'));

  it('refuses destinations together with destinationResource', () =>
    expectRefused(
      [rule({ destinationResource: { id: 'p-win', type: 'peer' } })],
      'rule "web" (rules.0): destinations and destinationResource cannot both be set; choose groups or one resource',
    ));

  it('refuses an action outside the enum with 422, not 400', () =>
    expectRefused([rule({ action: 'allow' })], 'rule "web" (rules.0): action "allow" is not valid; use accept or drop'));

  it('refuses a protocol outside the enum', () =>
    expectRefused([rule({ protocol: 'sctp', ports: [] })], 'rule "web" (rules.0): protocol "sctp" is not valid; use one of all, tcp, udp, icmp, netbird-ssh'));

  it('refuses ports together with port_ranges', () =>
    expectRefused([rule({ port_ranges: [{ start: 80, end: 90 }] })], 'rule "web" (rules.0): ports and port_ranges cannot both be set; use one of them'));

  it('refuses a port out of 1..65535', () => expectRefused([rule({ ports: ['70000'] })], 'rule "web" (rules.0): port 70000 is out of range 1-65535'));

  it('refuses port 0 in a range', () =>
    expectRefused([rule({ ports: [], port_ranges: [{ start: 0, end: 10 }] })], 'rule "web" (rules.0): port range start: port 0 is out of range 1-65535'));

  it('refuses a reversed port range', () =>
    expectRefused(
      [rule({ ports: null, port_ranges: [{ start: 9000, end: 8000 }] })],
      'rule "web" (rules.0): port range 9000-8000 is reversed: start 9000 is greater than end 8000',
    ));

  it('refuses ports with protocol all', () =>
    expectRefused([rule({ protocol: 'all' })], 'rule "web" (rules.0): protocol all does not take ports; remove them or use tcp or udp'));

  it('refuses port ranges with protocol icmp', () =>
    expectRefused(
      [rule({ protocol: 'icmp', ports: [], port_ranges: [{ start: 1, end: 2 }] })],
      'rule "web" (rules.0): protocol icmp does not take port_ranges; remove them or use tcp or udp',
    ));

  it('refuses unknown source and destination groups (NetBird drops them silently)', async () => {
    await expectRefused([rule({ sources: ['g-eng', 'ghost'] })], 'rule "web" (rules.0): sources: group "ghost" does not exist');
    await expectRefused([rule({ destinations: ['nope'] })], 'rule "web" (rules.0): destinations: group "nope" does not exist');
  });

  it('refuses resource references that do not exist', async () => {
    await expectRefused(
      [rule({ destinations: [], destinationResource: { id: 'r9', type: 'host' } })],
      'rule "web" (rules.0): destinationResource: network resource "r9" does not exist',
    );
    await expectRefused(
      [rule({ sources: [], sourceResource: { id: 'ghost-peer', type: 'peer' } })],
      'rule "web" (rules.0): sourceResource: peer "ghost-peer" does not exist',
    );
  });

  it('labels an unnamed rule by position', () => expectRefused([rule({ name: '', ports: ['x'] })], 'rule 1 (rules.0): port "x" is not a number'));

  it('leaves the stored policy untouched when a PUT is refused', async () => {
    const t = makeTestPlane();
    const p = await ok(t, 'POST', '/api/policies', policy());
    const res = await t.call('PUT', `/api/policies/${String(p.id)}`, policy([rule({ ports: ['0'] })]));
    expect(res.status).toBe(422);
    expect(res.message).toBe('rule "web" (rules.0): port 0 is out of range 1-65535');
    expect(await ok(t, 'GET', `/api/policies/${String(p.id)}`)).toEqual(p);
  });
});
