import { isApiError } from './api-error';
import type { ApiClient } from './client';
import { api } from './endpoints';
import type { AccountSnapshot, Network } from './schemas';

/** How many networks are read at once when they must be read one by one: quick, without flooding a server. */
const NETWORK_CONCURRENCY = 6;

export type NetworkContents = Pick<AccountSnapshot, 'network_resources' | 'network_routers'>;

/**
 * readNetworkContents: every network's resources and routers, keyed by network id in network
 * order, exactly as each network's own list endpoints answer. Account-wide lists come first:
 * NetBird's GET /api/networks/routers and our GET /api/nbrc/networks/resources, each object
 * placed by the id lists every network carries (`routers`, `resources`). A network is read on its
 * own only where a list is missing (a real server has no resources list, one before 0.35 no
 * routers list either) or lacks an id the network names (created between the reads). Reading one
 * network at a time meant 2,000 requests, each with its CORS preflight, for a 1,000-network
 * account: about 20 s in Chromium on a 2-core machine, for a few milliseconds of server work each.
 */
export async function readNetworkContents(client: ApiClient, networksRead: Promise<readonly Network[]>): Promise<NetworkContents> {
  // the account-wide lists go out with the networks list, not after it: a round trip less
  const [networks, allResources, allRouters] = await Promise.all([
    networksRead,
    unlessMissing(api.resources.listAll(client)),
    unlessMissing(api.networks.allRouters(client)),
  ]);
  // an account-wide list adds `network_id` to each object; a network's own list has none
  const resources = placeByIds(networks, (n) => n.resources, allResources, ({ network_id: _networkId, ...own }) => own);
  const routers = placeByIds(networks, (n) => n.routers, allRouters, ({ network_id: _networkId, ...own }) => own);
  const unplaced = networks.filter((n) => !resources.has(n.id) || !routers.has(n.id));
  await forEachLimited(unplaced, NETWORK_CONCURRENCY, async (n) => {
    const [own, ownRouters] = await Promise.all([resources.get(n.id) ?? api.resources.list(client, n.id), routers.get(n.id) ?? api.routers.list(client, n.id)]);
    resources.set(n.id, own);
    routers.set(n.id, ownRouters);
  });
  return {
    network_resources: Object.fromEntries(networks.map((n) => [n.id, resources.get(n.id) ?? []])),
    network_routers: Object.fromEntries(networks.map((n) => [n.id, routers.get(n.id) ?? []])),
  };
}

/** unlessMissing: null when the server has no such endpoint (404, or 405 where a parameter route matched). */
async function unlessMissing<T>(read: Promise<T>): Promise<T | null> {
  try {
    return await read;
  } catch (e) {
    if (isApiError(e) && e.kind === 'http' && (e.status === 404 || e.status === 405)) return null;
    throw e;
  }
}

/**
 * placeByIds: each network's objects out of an account-wide list, in the network's id order, as
 * `own` makes them. A network naming an id the list lacks is left out, to be read on its own.
 */
function placeByIds<Listed extends { id: string }, Own>(
  networks: readonly Network[],
  idsOf: (n: Network) => readonly string[],
  all: readonly Listed[] | null,
  own: (listed: Listed) => Own,
): Map<string, Own[]> {
  const placed = new Map<string, Own[]>();
  if (all === null) return placed;
  const byId = new Map(all.map((o) => [o.id, o]));
  for (const n of networks) {
    const objects: Own[] = [];
    for (const id of idsOf(n)) {
      const o = byId.get(id);
      if (o === undefined) break;
      objects.push(own(o));
    }
    if (objects.length === idsOf(n).length) placed.set(n.id, objects);
  }
  return placed;
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
