import { describe, expect, it } from 'vitest';
import { makeTestPlane, type TestPlane } from '../testing/test-plane';
import { maskSetupKey, newPlainSetupKey } from './setup-keys';

type Json = Record<string, unknown>;
const BASE = '/api/setup-keys';
const KEY_FORMAT = /^[0-9A-F]{8}-[0-9A-F]{4}-4[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}$/;

const create = (over: Json = {}): Json => ({ name: 'routers', type: 'reusable', expires_in: 86400, auto_groups: ['g-routers'], usage_limit: 0, ...over });

async function ok(t: TestPlane, method: string, path: string, body?: unknown): Promise<Json> {
  const res = await t.call(method, path, body);
  expect(res.status, res.message).toBe(200);
  return res.json as Json;
}

async function expectRefused(over: Json, message: string) {
  const t = makeTestPlane();
  const res = await t.call('POST', BASE, create(over));
  expect(res.status).toBe(422);
  expect(res.message).toBe(message);
  expect(t.plane.store.state.setupKeys.size).toBe(0);
}

describe('setup keys: keys', () => {
  it('newPlainSetupKey makes distinct upper-case UUIDs; maskSetupKey keeps five characters', () => {
    const a = newPlainSetupKey();
    expect(a).toMatch(KEY_FORMAT);
    expect(newPlainSetupKey()).not.toBe(a);
    expect(maskSetupKey('A616097E-FCF0')).toBe('A6160****');
  });
});

describe('setup keys: happy paths', () => {
  it('POST answers the plain key once; GET and the list carry only the masked key', async () => {
    const t = makeTestPlane();
    const k = await ok(t, 'POST', BASE, create({ ephemeral: true }));
    const plain = String(k.key);
    expect(plain).toMatch(KEY_FORMAT);
    expect(k).toEqual({
      id: expect.stringMatching(/^[0-9a-v]{20}$/) as unknown,
      key: plain,
      name: 'routers',
      expires: '2026-06-02T00:00:00.000Z',
      type: 'reusable',
      valid: true,
      revoked: false,
      used_times: 0,
      last_used: '0001-01-01T00:00:00Z',
      state: 'valid',
      auto_groups: ['g-routers'],
      updated_at: '2026-06-01T00:00:00.000Z',
      usage_limit: 0,
      ephemeral: true,
      allow_extra_dns_labels: false,
    });
    const read = await ok(t, 'GET', `${BASE}/${String(k.id)}`);
    expect(read).toEqual({ ...k, key: `${plain.slice(0, 5)}****` });
    const list = await ok(t, 'GET', BASE);
    expect(list).toEqual([read]);
    expect(JSON.stringify(list)).not.toContain(plain);
    expect(JSON.stringify([...t.plane.store.state.setupKeys.values()])).not.toContain(plain);
  });

  it('expires_in 0 never expires (the zero time)', async () => {
    const t = makeTestPlane();
    const k = await ok(t, 'POST', BASE, create({ expires_in: 0 }));
    expect(k).toMatchObject({ expires: '0001-01-01T00:00:00Z', state: 'valid', valid: true });
  });

  it('a one-off key is stored with a usage limit of 1', async () => {
    const t = makeTestPlane();
    expect(await ok(t, 'POST', BASE, create({ type: 'one-off', usage_limit: 0 }))).toMatchObject({ type: 'one-off', usage_limit: 1 });
  });

  it('PUT revokes a key and replaces its auto groups', async () => {
    const t = makeTestPlane();
    const k = await ok(t, 'POST', BASE, create());
    const updated = await ok(t, 'PUT', `${BASE}/${String(k.id)}`, { revoked: true, auto_groups: ['g-eng', 'g-routers'] });
    expect(updated).toMatchObject({ id: k.id, revoked: true, valid: false, state: 'revoked', auto_groups: ['g-eng', 'g-routers'], key: maskSetupKey(String(k.key)) });
  });

  it('DELETE removes a key; unknown ids answer 404', async () => {
    const t = makeTestPlane();
    const k = await ok(t, 'POST', BASE, create());
    await ok(t, 'DELETE', `${BASE}/${String(k.id)}`);
    const gone = await t.call('GET', `${BASE}/${String(k.id)}`);
    expect(gone.status).toBe(404);
    expect(gone.message).toBe(`setup key ${String(k.id)} not found`);
    expect((await t.call('PUT', `${BASE}/nope`, { revoked: true, auto_groups: [] })).status).toBe(404);
    expect((await t.call('DELETE', `${BASE}/nope`)).status).toBe(404);
  });

  it('answers 400 for unparsable JSON and 422 for a missing field', async () => {
    const t = makeTestPlane();
    expect((await t.callRaw('POST', BASE, '{"name":')).status).toBe(400);
    const { usage_limit: _limit, ...withoutLimit } = create();
    const missing = await t.call('POST', BASE, withoutLimit);
    expect(missing.status).toBe(422);
    expect(missing.message).toBe('usage_limit is required');
  });
});

describe('setup keys: validation', () => {
  it('refuses an empty name', () => expectRefused({ name: ' ' }, 'setup key name must not be empty'));

  it('refuses an unknown type', () => expectRefused({ type: 'forever' }, 'setup key type "forever" is not valid; use reusable or one-off'));

  it('refuses a one-off key with usage_limit above 1', () =>
    expectRefused({ type: 'one-off', usage_limit: 3 }, 'a one-off key can be used once: usage_limit must be 0 or 1, got 3'));

  it('refuses a negative expires_in', () => expectRefused({ expires_in: -60 }, 'expires_in must be 0 (never expires) or between 86400 (1 day) and 31536000 (365 days) seconds, got -60'));

  it('refuses unknown auto groups', () => expectRefused({ auto_groups: ['ghost'] }, 'auto_groups: group "ghost" does not exist'));

  it('refuses All as an auto group', () =>
    expectRefused({ auto_groups: ['g-all'] }, 'auto_groups: the "All" group cannot be an auto group (every peer joins it anyway)'));

  it('refuses un-revoking a revoked key, and All on update', async () => {
    const t = makeTestPlane();
    const k = await ok(t, 'POST', BASE, create());
    await ok(t, 'PUT', `${BASE}/${String(k.id)}`, { revoked: true, auto_groups: [] });
    const unrevoke = await t.call('PUT', `${BASE}/${String(k.id)}`, { revoked: false, auto_groups: [] });
    expect(unrevoke.status).toBe(422);
    expect(unrevoke.message).toBe('a revoked setup key cannot be un-revoked; create a new key instead');
    expect(t.plane.store.state.setupKeys.get(String(k.id))?.revoked).toBe(true);
    const all = await t.call('PUT', `${BASE}/${String(k.id)}`, { revoked: true, auto_groups: ['g-all'] });
    expect(all.status).toBe(422);
    expect(all.message).toContain('"All" group cannot be an auto group');
  });
});
