import { ApiError, isApiError } from './api-error';
import type { ApiClient } from './client';
import { api } from './endpoints';
import { SNAPSHOT_FORMAT, type AccountSnapshot, type Network } from './schemas';

/** How many networks are read at once: enough to be quick, few enough not to flood a server. */
const NETWORK_CONCURRENCY = 6;

/**
 * exportSnapshot: reads a whole account from any management API (ours or NetBird's) into an
 * nbrc-account/1 snapshot, every list endpoint plus each network's resources and routers. The
 * wire schemas are loose, so fields we do not model are kept as the server sent them. A server
 * without the Networks API (before NetBird 0.35) answers 404 there and exports with no networks.
 * Lab data comes along when the server is our control plane (a real server has none).
 */
export async function exportSnapshot(client: ApiClient): Promise<AccountSnapshot> {
  const [accounts, peers, groups, policies, routes, networks, nameservers, dnsSettings, setupKeys, lab] = await Promise.all([
    api.accounts.list(client),
    api.peers.list(client),
    api.groups.list(client),
    api.policies.list(client),
    api.routes.list(client),
    listNetworks(client),
    api.nameservers.list(client),
    api.dnsSettings.get(client),
    api.setupKeys.list(client),
    api.lab.get(client),
  ]);
  const account = accounts[0];
  if (!account) {
    throw new ApiError({ status: 200, kind: 'invalid-response', serverMessage: 'GET /api/accounts returned no account', path: '/api/accounts' });
  }
  const network_resources: AccountSnapshot['network_resources'] = {};
  const network_routers: AccountSnapshot['network_routers'] = {};
  await forEachLimited(networks, NETWORK_CONCURRENCY, async (n) => {
    const [resources, routers] = await Promise.all([api.resources.list(client, n.id), api.routers.list(client, n.id)]);
    network_resources[n.id] = resources;
    network_routers[n.id] = routers;
  });
  // Keys in network order, whatever order the reads finished in, so exports are comparable.
  const byNetworkOrder = <T>(rec: Record<string, T>) => Object.fromEntries(networks.map((n) => [n.id, rec[n.id] as T]));
  return {
    format: SNAPSHOT_FORMAT,
    account,
    peers,
    groups,
    policies,
    routes,
    networks,
    network_resources: byNetworkOrder(network_resources),
    network_routers: byNetworkOrder(network_routers),
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

async function forEachLimited<T>(items: readonly T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      await fn(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
