import { isApiError, peerSchema, type ApiClient, type Peer } from '@/api';

/**
 * labInstall: asks our control plane to "install" a simulated routing peer with the setup key
 * (POST /api/nbrc/lab/install). A real management server has no such endpoint: null then, and the
 * wizard says to run the install commands on the host instead.
 */
export async function labInstall(client: ApiClient, body: { setup_key_id: string; name: string; os: string }): Promise<Peer | null> {
  try {
    return await client.request('POST', '/api/nbrc/lab/install', peerSchema, body);
  } catch (e) {
    if (isApiError(e) && e.kind === 'http' && (e.status === 404 || e.status === 405)) return null;
    throw e;
  }
}
