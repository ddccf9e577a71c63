import { ApiError, isApiError } from './api-error';
import type { ApiClient } from './client';
import { api } from './endpoints';
import { readNetworkContents } from './network-contents';
import { SNAPSHOT_FORMAT, type AccountSnapshot, type Network } from './schemas';

/**
 * exportSnapshot: reads a whole account from any management API (ours or NetBird's) into an
 * nbrc-account/1 snapshot, every list endpoint plus each network's resources and routers. The
 * wire schemas are loose, so fields we do not model are kept as the server sent them. Networks'
 * contents come from account-wide lists where the server has them (network-contents.ts). A server
 * without the Networks API (before NetBird 0.35) answers 404 there and exports with no networks.
 * Lab data comes along when the server is our control plane (a real server has none).
 */
export async function exportSnapshot(client: ApiClient): Promise<AccountSnapshot> {
  const networksRead = listNetworks(client);
  const [accounts, peers, groups, policies, routes, networks, contents, nameservers, dnsSettings, setupKeys, lab] = await Promise.all([
    api.accounts.list(client),
    api.peers.list(client),
    api.groups.list(client),
    api.policies.list(client),
    api.routes.list(client),
    networksRead,
    readNetworkContents(client, networksRead),
    api.nameservers.list(client),
    api.dnsSettings.get(client),
    api.setupKeys.list(client),
    api.lab.get(client),
  ]);
  const account = accounts[0];
  if (!account) {
    throw new ApiError({ status: 200, kind: 'invalid-response', serverMessage: 'GET /api/accounts returned no account', path: '/api/accounts' });
  }
  return {
    format: SNAPSHOT_FORMAT,
    account,
    peers,
    groups,
    policies,
    routes,
    networks,
    network_resources: contents.network_resources,
    network_routers: contents.network_routers,
    nameservers,
    dns_settings: dnsSettings,
    setup_keys: setupKeys,
    ...(lab ? { lab } : {}),
  };
}

async function listNetworks(client: ApiClient): Promise<Network[]> {
  try {
    return await api.networks.list(client);
  } catch (e) {
    if (isApiError(e) && e.kind === 'http' && e.status === 404) return [];
    throw e;
  }
}
