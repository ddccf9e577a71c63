import { describe, expect, it } from 'vitest';
import { makeTestPlane } from '../testing/test-plane';

async function keyFor(t: ReturnType<typeof makeTestPlane>, body: Record<string, unknown>) {
  const res = await t.call('POST', '/api/setup-keys', { name: 'routing peers', type: 'one-off', expires_in: 86400, auto_groups: ['g-routers'], usage_limit: 0, ...body });
  expect(res.status).toBe(200);
  return (res.json as { id: string }).id;
}

describe('POST /api/nbrc/lab/install', () => {
  it('registers a connected peer in the setup key auto groups and counts the key use', async () => {
    const t = makeTestPlane();
    const keyId = await keyFor(t, {});
    const res = await t.call('POST', '/api/nbrc/lab/install', { setup_key_id: keyId, name: 'office-gw', os: 'linux' });
    expect(res.status).toBe(200);
    const peer = res.json as { id: string; ip: string; connected: boolean; os: string; groups: { id: string }[] };
    expect(peer).toMatchObject({ connected: true, os: 'linux', ip: '100.64.0.5' });
    expect(peer.groups.map((g) => g.id)).toEqual(['g-routers']);
    const group = (await t.call('GET', '/api/groups/g-routers')).json as { peers: { id: string }[] };
    expect(group.peers.map((p) => p.id)).toContain(peer.id);
    const key = (await t.call('GET', `/api/setup-keys/${keyId}`)).json as { used_times: number; state: string };
    expect(key).toMatchObject({ used_times: 1, state: 'overused' });
  });

  it('refuses a used-up one-off key, an unknown key, a duplicate name and a bad body', async () => {
    const t = makeTestPlane();
    const keyId = await keyFor(t, {});
    expect((await t.call('POST', '/api/nbrc/lab/install', { setup_key_id: keyId, name: 'gw-a', os: 'linux' })).status).toBe(200);
    const again = await t.call('POST', '/api/nbrc/lab/install', { setup_key_id: keyId, name: 'gw-b', os: 'linux' });
    expect(again.status).toBe(422);
    expect(again.message).toContain('overused');
    expect((await t.call('POST', '/api/nbrc/lab/install', { setup_key_id: 'nope', name: 'gw-c', os: 'linux' })).status).toBe(404);
    const reusable = await keyFor(t, { name: 'reusable', type: 'reusable' });
    const dup = await t.call('POST', '/api/nbrc/lab/install', { setup_key_id: reusable, name: 'router-1', os: 'linux' });
    expect(dup.status).toBe(409);
    const bad = await t.call('POST', '/api/nbrc/lab/install', { setup_key_id: reusable, name: 'x', os: 'plan9' });
    expect(bad.status).toBe(422);
    expect(bad.message).toContain('os');
  });

  it('reports the platform the way the agent does (a container reports Linux)', async () => {
    const t = makeTestPlane();
    const keyId = await keyFor(t, { type: 'reusable' });
    const win = (await t.call('POST', '/api/nbrc/lab/install', { setup_key_id: keyId, name: 'win-gw', os: 'windows' })).json as { os: string };
    const docker = (await t.call('POST', '/api/nbrc/lab/install', { setup_key_id: keyId, name: 'docker-gw', os: 'docker' })).json as { os: string };
    expect(win.os).toBe('windows');
    expect(docker.os).toBe('linux');
  });
});
