import { describe, expect, it } from 'vitest';
import { createApiClient } from './client';
import { readNetworkContents } from './network-contents';
import type { Network, NetworkResource, NetworkRouter } from './schemas';

/**
 * A management API with two networks, answering from plain data: NetBird's paths, plus our
 * account-wide resources list when `ours` is set. Every request's path is recorded, so a test can
 * tell which networks were read one by one.
 */
const resource = (id: string, address: string): NetworkResource => ({ id, type: 'host', groups: [], name: id, description: '', address, enabled: true });
const router = (id: string, peer: string): NetworkRouter => ({ id, peer, metric: 9999, masquerade: true, enabled: true });

const RESOURCES: Record<string, NetworkResource[]> = {
  'n-office': [resource('r-wiki', '10.0.0.5/32'), resource('r-nas', '10.0.0.6/32')],
  'n-cloud': [resource('r-db', '10.1.0.7/32')],
};
const ROUTERS: Record<string, NetworkRouter[]> = { 'n-office': [router('rt-office', 'p-gw')], 'n-cloud': [router('rt-cloud-a', 'p-a'), router('rt-cloud-b', 'p-b')] };

const network = (id: string): Network => ({
  id,
  name: id,
  routers: (ROUTERS[id] ?? []).map((r) => r.id),
  // listed in the opposite order of the account-wide list: the network's order wins
  resources: (RESOURCES[id] ?? []).map((r) => r.id),
  policies: [],
  routing_peers_count: 1,
});
const NETWORKS = [network('n-office'), network('n-cloud')];

interface FakeServer {
  ours?: boolean;
  /** Routers the account-wide list leaves out (created after it was read, say). */
  routersListLacks?: string[];
}

function fakeServer({ ours = false, routersListLacks = [] }: FakeServer) {
  const paths: string[] = [];
  const json = (body: unknown, status = 200) => Promise.resolve(new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }));
  const fetch = (input: RequestInfo | URL): Promise<Response> => {
    const path = new URL(input instanceof Request ? input.url : input).pathname;
    paths.push(path);
    if (path === '/api/networks/routers') {
      const all = Object.entries(ROUTERS).flatMap(([networkId, list]) => list.map((r) => ({ ...r, network_id: networkId })));
      return json(all.filter((r) => !routersListLacks.includes(r.id)));
    }
    if (path === '/api/nbrc/networks/resources' && ours) {
      return json(Object.entries(RESOURCES).flatMap(([networkId, list]) => list.map((r) => ({ ...r, network_id: networkId }))).reverse());
    }
    const own = /^\/api\/networks\/([^/]+)\/(resources|routers)$/.exec(path);
    if (own) return json((own[2] === 'resources' ? RESOURCES : ROUTERS)[own[1] ?? ''] ?? []);
    return json({ message: 'not found', code: 404 }, 404);
  };
  return { client: createApiClient({ baseUrl: 'http://mgmt.test', fetch }), paths };
}

const ownReads = (paths: readonly string[]) => paths.filter((p) => /^\/api\/networks\/n-/.test(p)).sort();

describe('readNetworkContents', () => {
  it('on our control plane, reads two account-wide lists and no network on its own', async () => {
    const { client, paths } = fakeServer({ ours: true });
    const contents = await readNetworkContents(client, Promise.resolve(NETWORKS));
    expect(contents).toEqual({ network_resources: RESOURCES, network_routers: ROUTERS });
    expect(Object.keys(contents.network_resources)).toEqual(['n-office', 'n-cloud']);
    expect(contents.network_routers['n-office']?.[0]).not.toHaveProperty('network_id');
    expect(paths.sort()).toEqual(['/api/nbrc/networks/resources', '/api/networks/routers']);
  });

  it("on a NetBird server without our resources list, reads each network's resources and takes routers from NetBird's list", async () => {
    const { client, paths } = fakeServer({});
    const contents = await readNetworkContents(client, Promise.resolve(NETWORKS));
    expect(contents).toEqual({ network_resources: RESOURCES, network_routers: ROUTERS });
    expect(ownReads(paths)).toEqual(['/api/networks/n-cloud/resources', '/api/networks/n-office/resources']);
  });

  it('reads a network on its own when the account-wide list lacks one of its routers', async () => {
    const { client, paths } = fakeServer({ ours: true, routersListLacks: ['rt-cloud-b'] });
    const contents = await readNetworkContents(client, Promise.resolve(NETWORKS));
    expect(contents.network_routers['n-cloud']).toEqual(ROUTERS['n-cloud']);
    expect(ownReads(paths)).toEqual(['/api/networks/n-cloud/routers']);
  });

  it('an account without networks has no contents', async () => {
    const { client } = fakeServer({ ours: true });
    expect(await readNetworkContents(client, Promise.resolve([]))).toEqual({ network_resources: {}, network_routers: {} });
  });
});
