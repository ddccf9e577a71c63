import { api, createApiClient } from '@/api';
import { explainApiError, type ErrorExplanation } from '@/components/explain-api-error';

/** ConnectionResult: what "Test connection" found. */
export type ConnectionResult =
  | { kind: 'ok'; accountId: string; domain: string }
  | { kind: 'no-account' }
  | { kind: 'failed'; explanation: ErrorExplanation };

/**
 * testConnection: GET /api/accounts with the values typed in the form (not the saved target), so
 * the admin can check a URL and token before switching the whole console to them.
 */
export async function testConnection(values: { url: string; token: string }, fetchFn: typeof fetch): Promise<ConnectionResult> {
  const client = createApiClient({ baseUrl: values.url, token: values.token, fetch: fetchFn, timeoutMs: 10_000 });
  try {
    const accounts = await api.accounts.list(client);
    const account = accounts[0];
    if (!account) return { kind: 'no-account' };
    return { kind: 'ok', accountId: account.id, domain: account.domain };
  } catch (e) {
    return { kind: 'failed', explanation: explainApiError(e) };
  }
}
