import { describe, expect, it } from 'vitest';
import { makeTestPlane } from '../testing/test-plane';

describe('/api/networks', () => {
  it('creates, renames and lists a network in NetBird shape', async () => {
    const t = makeTestPlane();
    const created = await t.call('POST', '/api/networks', { name: 'Lab', description: 'test bench' });
    expect(created.status).toBe(200);
    const net = created.json as { id: string };
    expect(created.json).toMatchObject({ name: 'Lab', description: 'test bench', routers: [], resources: [], policies: [], routing_peers_count: 0 });
    const renamed = await t.call('PUT', `/api/networks/${net.id}`, { name: 'Lab 2' });
    expect(renamed.json).toMatchObject({ id: net.id, name: 'Lab 2', description: '' });
    const list = await t.call('GET', '/api/networks');
    expect((list.json as { name: string }[]).map((n) => n.name)).toEqual(['Office', 'Lab 2']);
  });

  it('refuses an empty name with 422 and unknown ids with 404', async () => {
    const t = makeTestPlane();
    const bad = await t.call('POST', '/api/networks', { name: '  ' });
    expect(bad.status).toBe(422);
    expect(bad.message).toMatch(/name/);
    const missing = await t.call('GET', '/api/networks/nope');
    expect(missing.status).toBe(404);
    expect(missing.message).toContain('nope');
  });

  it('deleting a network removes its resources, their memberships and the rules that named them', async () => {
    const t = makeTestPlane();
    const res = await t.call('POST', '/api/networks/n-office/resources', { name: 'lan', address: '10.10.0.0/16', enabled: true, groups: ['g-eng'] });
    const resourceId = (res.json as { id: string }).id;
    await t.call('POST', '/api/networks/n-office/routers', { peer: 'p-linux1', metric: 100, masquerade: true, enabled: true });
    const policy = await t.call('POST', '/api/policies', {
      name: 'to lan',
      enabled: true,
      rules: [{ name: 'r', enabled: true, action: 'accept', bidirectional: false, protocol: 'all', sources: ['g-eng'], destinationResource: { id: resourceId, type: 'subnet' } }],
    });
    expect(policy.status).toBe(200);

    const del = await t.call('DELETE', '/api/networks/n-office');
    expect(del.status).toBe(200);
    const state = t.plane.store.state;
    expect(state.resources.size).toBe(0);
    expect(state.routers.size).toBe(0);
    expect(state.groups.get('g-eng')?.resources).toEqual([]);
    expect(state.policies.size).toBe(0);
  });
});
