import { describe, expect, it } from 'vitest';
import { makeTestPlane } from '../testing/test-plane';

describe('/api/nbrc/lab', () => {
  it('stores lab data and lets liveness drive the API connected flag', async () => {
    const t = makeTestPlane();
    const lab = { peers: { 'p-linux1': { online: false, failure_domain: 'az-1', lan_ip: '10.0.0.2', latency_ms: { 'p-mac': 12 } } }, dns: { 'app.example.com': ['10.0.0.9'] } };
    const put = await t.call('PUT', '/api/nbrc/lab', lab);
    expect(put.status).toBe(200);
    expect((await t.call('GET', '/api/nbrc/lab')).json).toEqual(lab);
    const peer = await t.call('GET', '/api/peers/p-linux1');
    expect(peer.json).toMatchObject({ connected: false });
  });

  it('keeps the simulator’s link data (connection, noise, TCP flows), and liveness follows both ways', async () => {
    const t = makeTestPlane();
    const lab = {
      peers: {
        'p-linux1': { online: true, connection: { 'p-mac': 'relayed' }, latency_ms: { 'p-mac': 40 }, latency_noise_ms: { 'p-mac': 3 }, tcp_flows: 4 },
        'p-mac': { online: false },
      },
    };
    expect((await t.call('PUT', '/api/nbrc/lab', lab)).status).toBe(200);
    expect((await t.call('GET', '/api/nbrc/lab')).json).toEqual(lab);
    expect((await t.call('GET', '/api/peers/p-mac')).json).toMatchObject({ connected: false });
    expect((await t.call('GET', '/api/peers/p-linux1')).json).toMatchObject({ connected: true });
    const bad = await t.call('PUT', '/api/nbrc/lab', { peers: { 'p-mac': { connection: { 'p-linux1': 'p2p' } } } });
    expect(bad.status).toBe(422);
    expect(bad.message).toContain('peers.p-mac.connection.p-linux1');
  });

  it('refuses unknown peers and malformed data with 422', async () => {
    const t = makeTestPlane();
    const unknown = await t.call('PUT', '/api/nbrc/lab', { peers: { ghost: { online: true } } });
    expect(unknown.status).toBe(422);
    expect(unknown.message).toContain('ghost');
    const bad = await t.call('PUT', '/api/nbrc/lab', { dns: { 'a.example': 'not-a-list' } });
    expect(bad.status).toBe(422);
    expect(bad.message).toContain('dns');
  });
});
