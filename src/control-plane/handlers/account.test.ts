import { describe, expect, it } from 'vitest';
import { makeTestPlane } from '../testing/test-plane';

type Json = Record<string, unknown>;

const settings = (over: Json = {}) => ({
  peer_login_expiration_enabled: true,
  peer_login_expiration: 86400,
  peer_inactivity_expiration_enabled: false,
  peer_inactivity_expiration: 600,
  regular_users_view_blocked: false,
  ...over,
});

describe('accounts', () => {
  it('GET /api/accounts lists the one account in NetBird shape', async () => {
    const t = makeTestPlane();
    const res = await t.call('GET', '/api/accounts');
    expect(res.status).toBe(200);
    expect(res.json).toEqual([
      expect.objectContaining({
        id: 'acc1',
        domain: 'example.com',
        domain_category: 'private',
        created_by: 'user1',
        settings: expect.objectContaining({ peer_login_expiration: 86400, routing_peer_dns_resolution_enabled: true }) as unknown,
      }),
    ]);
  });

  it('PUT replaces settings; optional settings left out keep their value', async () => {
    const t = makeTestPlane();
    const res = await t.call('PUT', '/api/accounts/acc1', { settings: settings({ peer_login_expiration: 7200, lazy_connection_enabled: true }) });
    expect(res.status).toBe(200);
    expect((res.json as Json).settings).toMatchObject({ peer_login_expiration: 7200, lazy_connection_enabled: true, routing_peer_dns_resolution_enabled: true });
    const list = (await t.call('GET', '/api/accounts')).json as Json[];
    expect(list[0]?.settings).toMatchObject({ peer_login_expiration: 7200 });
  });

  it('PUT can turn routing_peer_dns_resolution_enabled off', async () => {
    const t = makeTestPlane();
    const res = await t.call('PUT', '/api/accounts/acc1', { settings: settings({ routing_peer_dns_resolution_enabled: false }) });
    expect((res.json as Json).settings).toMatchObject({ routing_peer_dns_resolution_enabled: false });
  });

  it('answers 404 for another account id', async () => {
    const t = makeTestPlane();
    const res = await t.call('PUT', '/api/accounts/other', { settings: settings() });
    expect(res.status).toBe(404);
    expect(res.message).toBe('account other not found');
  });

  it.each([3599, 15552001])('refuses peer_login_expiration %i with 422 naming the field and bounds', async (v) => {
    const t = makeTestPlane();
    const res = await t.call('PUT', '/api/accounts/acc1', { settings: settings({ peer_login_expiration: v }) });
    expect(res.status).toBe(422);
    expect(res.message).toContain(`peer_login_expiration must be between 3600 s (1 hour) and 15552000 s (180 days), got ${v}`);
    expect(t.plane.store.state.account.settings.peer_login_expiration).toBe(86400);
  });

  it('accepts the bounds themselves', async () => {
    const t = makeTestPlane();
    expect((await t.call('PUT', '/api/accounts/acc1', { settings: settings({ peer_login_expiration: 3600 }) })).status).toBe(200);
    expect((await t.call('PUT', '/api/accounts/acc1', { settings: settings({ peer_login_expiration: 15552000 }) })).status).toBe(200);
  });

  it('answers 422 for missing settings and 400 for unparsable JSON or wrong types', async () => {
    const t = makeTestPlane();
    const missing = await t.call('PUT', '/api/accounts/acc1', {});
    expect(missing.status).toBe(422);
    expect(missing.message).toBe('settings is required');
    const raw = await t.callRaw('PUT', '/api/accounts/acc1', '{"settings": ');
    expect(raw.status).toBe(400);
    expect(raw.json).toEqual({ message: "couldn't parse JSON request", code: 400 });
    const wrong = await t.call('PUT', '/api/accounts/acc1', { settings: settings({ peer_login_expiration: 'a day' }) });
    expect(wrong.status).toBe(400);
    expect(wrong.message).toContain('settings.peer_login_expiration');
  });

  it('does not offer DELETE', async () => {
    const t = makeTestPlane();
    const res = await t.call('DELETE', '/api/accounts/acc1');
    expect(res.status).toBe(405);
    expect(t.plane.store.state.account.id).toBe('acc1');
  });
});

describe('authentication with a configured token', () => {
  const get = (t: ReturnType<typeof makeTestPlane>, headers: Record<string, string>) =>
    t.plane.handle(new Request('http://cp.test/api/accounts', { headers }));

  it('answers 401 without a token and with a wrong one, 200 with the right one', async () => {
    const t = makeTestPlane({ token: 'T' });
    const none = await t.call('GET', '/api/accounts');
    expect(none.status).toBe(401);
    expect(none.message).toContain('Authorization: Token');
    const wrong = await get(t, { Authorization: 'Token nope' });
    expect(wrong.status).toBe(401);
    expect(((await wrong.json()) as Json).message).toBe('token invalid or expired');
    const right = await get(t, { Authorization: 'Token T' });
    expect(right.status).toBe(200);
    expect(((await right.json()) as Json[])[0]?.id).toBe('acc1');
  });

  it('guards writes too', async () => {
    const t = makeTestPlane({ token: 'T' });
    const res = await t.call('POST', '/api/groups', { name: 'x' });
    expect(res.status).toBe(401);
    expect(t.plane.store.state.groups.size).toBe(4);
  });
});
