import { describe, expect, it } from 'vitest';
import { testConnection } from './test-connection';

const json = (status: number, body: unknown): typeof fetch => async () => new Response(JSON.stringify(body), { status });

const account = {
  id: 'acc-1',
  domain: 'example.com',
  domain_category: 'private',
  created_at: '2025-01-01T00:00:00Z',
  created_by: 'admin',
  settings: {
    peer_login_expiration_enabled: true,
    peer_login_expiration: 86400,
    peer_inactivity_expiration_enabled: false,
    peer_inactivity_expiration: 600,
    regular_users_view_blocked: true,
  },
};

describe('testConnection', () => {
  it('reports the account on success and sends the token as NetBird expects', async () => {
    let auth: string | null = null;
    let url = '';
    const fetchFn: typeof fetch = async (input, init) => {
      url = String(input);
      auth = new Headers(init?.headers).get('Authorization');
      return new Response(JSON.stringify([account]), { status: 200 });
    };
    const r = await testConnection({ url: 'https://nb.example', token: 'nbp_abc' }, fetchFn);
    expect(r).toEqual({ kind: 'ok', accountId: 'acc-1', domain: 'example.com' });
    expect(url).toBe('https://nb.example/api/accounts');
    expect(auth).toBe('Token nbp_abc');
  });

  it('says the token was refused on 401', async () => {
    const r = await testConnection({ url: 'https://nb.example', token: 'bad' }, json(401, { message: 'token invalid', code: 401 }));
    expect(r.kind === 'failed' && r.explanation.title).toBe('The token was refused');
  });

  it('says the host could not be reached, mentioning CORS, when fetch throws', async () => {
    const r = await testConnection({ url: 'https://nb.example', token: 't' }, async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(r.kind).toBe('failed');
    if (r.kind === 'failed') {
      expect(r.explanation.detail).toMatch(/could not be reached/);
      expect(r.explanation.detail).toMatch(/CORS/);
      expect(r.explanation.technical ?? '').not.toContain('Token');
    }
  });

  it('says when the answer is not a NetBird answer', async () => {
    const r = await testConnection({ url: 'https://nb.example', token: 't' }, json(200, { hello: 'world' }));
    expect(r.kind === 'failed' && r.explanation.title).toMatch(/could not be read/);
  });

  it('says when the server has no account', async () => {
    expect(await testConnection({ url: 'https://nb.example', token: 't' }, json(200, []))).toEqual({ kind: 'no-account' });
  });
});
