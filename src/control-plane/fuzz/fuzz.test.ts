import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { createControlPlane, type ControlPlane } from '../control-plane';
import { allRoutes } from '../handlers';
import { seedSnapshot } from '../seeds';
import { stateFromSnapshot } from '../store/snapshot';
import { createStore } from '../store/store';
import { storeInvariants } from '../testing/invariants';
import { bodyFor, idsOf, templateBody, type Ids } from './bodies';

/**
 * Fuzzing the control plane: every POST and PUT endpoint gets thousands of random and mutated
 * bodies; the answer is always 2xx or a 4xx with NetBird's `{message, code}`, never a 5xx or a
 * throw. Then random sequences of creates, updates and deletes run against one store, and after
 * each sequence the store's invariants hold and the API's derived counts agree with its lists.
 * The number of requests sent is printed at the end.
 */

const BODIES_PER_ENDPOINT = 1_000;
const SEQUENCES = 60;
let sent = 0;

afterAll(() => {
  console.info(`control-plane fuzz: ${sent.toLocaleString('en-US')} requests`);
});

let counter = 0;
function freshPlane(): ControlPlane {
  let seed = 42;
  // A seeded id generator keeps failures reproducible from fast-check's seed.
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  return createControlPlane({ store: createStore(stateFromSnapshot(seedSnapshot('demo')), random), now: () => new Date('2026-11-24T12:00:00Z') });
}

const writeRoutes = allRoutes.filter((r) => r.method === 'POST' || r.method === 'PUT');
const deleteRoutes = allRoutes.filter((r) => r.method === 'DELETE');

const PARAM_POOL: Record<string, keyof Ids> = {
  peerId: 'peer',
  groupId: 'group',
  policyId: 'policy',
  routeId: 'route',
  networkId: 'network',
  resourceId: 'resource',
  routerId: 'router',
  nsgroupId: 'nameserver',
  keyId: 'key',
};

/** urlFor: the path with its parameters filled from the store (or, for n % 7 === 0, an unknown id). */
function urlFor(plane: ControlPlane, path: string, n: number): string {
  const ids = idsOf(plane.store.state);
  const filled = path.replace(/\{(\w+)\}/g, (_m, name: string) => {
    if (name === 'accountId') return n % 7 === 0 ? 'no-such-account' : plane.store.state.account.id;
    const pool = ids[PARAM_POOL[name] ?? 'peer'];
    if (n % 7 === 0 || pool.length === 0) return 'no-such-id';
    return encodeURIComponent(pool[n % pool.length] ?? 'no-such-id');
  });
  // A resource or router is addressed under its own network most of the time.
  const nested = /^\/api\/networks\/[^/]+\/(resources|routers)\/([^/]+)$/.exec(filled);
  if (nested && n % 3 !== 0) {
    const id = decodeURIComponent(nested[2] ?? '');
    const rec = nested[1] === 'resources' ? plane.store.state.resources.get(id) : plane.store.state.routers.get(id);
    if (rec) return `/api/networks/${encodeURIComponent(rec.network_id)}/${nested[1]}/${encodeURIComponent(id)}`;
  }
  return filled;
}

async function send(plane: ControlPlane, method: string, url: string, body?: unknown, raw?: string): Promise<Response> {
  sent += 1;
  const init: RequestInit = { method, headers: { 'content-type': 'application/json' } };
  if (raw !== undefined) init.body = raw;
  else if (body !== undefined) init.body = JSON.stringify(body);
  return plane.handle(new Request(`http://control-plane.test${url}`, init));
}

/** expectNetBirdAnswer: 2xx, or 4xx with `{message, code}`; never 5xx. */
async function expectNetBirdAnswer(res: Response, what: string): Promise<void> {
  const text = await res.text();
  if (res.status >= 500) throw new Error(`${what} answered ${res.status}: ${text.slice(0, 300)}`);
  if (res.status >= 400) {
    const parsed = JSON.parse(text) as { message?: unknown; code?: unknown };
    if (typeof parsed.message !== 'string' || parsed.message.length === 0) throw new Error(`${what} answered ${res.status} without a message: ${text.slice(0, 200)}`);
    expect(parsed.code).toBe(res.status);
  }
}

describe('every POST and PUT endpoint with random and mutated bodies', () => {
  for (const route of writeRoutes) {
    it(`${route.method} ${route.path}: 2xx or 4xx with a message, never 5xx (${BODIES_PER_ENDPOINT} bodies)`, async () => {
      const plane = freshPlane();
      await fc.assert(
        fc.asyncProperty(fc.nat(), fc.nat(), async (n, m) => {
          const body = fc.sample(bodyFor(route.method, route.path, plane.store.state, n), { seed: n ^ m, numRuns: 1 })[0];
          const url = urlFor(plane, route.path, m);
          await expectNetBirdAnswer(await send(plane, route.method, url, body), `${route.method} ${url}`);
        }),
        { numRuns: BODIES_PER_ENDPOINT },
      );
      expect(storeInvariants(plane.store.state)).toEqual([]);
    });
  }

  // The mutations start from valid bodies, so they reach the deep rules, not only the first type check.
  it('every template body is accepted as is', async () => {
    for (const route of writeRoutes) {
      const plane = freshPlane();
      const url = urlFor(plane, route.path, 1);
      const res = await send(plane, route.method, url, templateBody(route.method, route.path, plane.store.state, 1));
      expect(res.status, `${route.method} ${url}: ${await res.clone().text()}`).toBeLessThan(300);
    }
  });

  it('bodies that are not JSON are refused with 400', async () => {
    const plane = freshPlane();
    for (const route of writeRoutes) {
      for (const raw of ['', '{', 'null', '[1,', '\u0000\u0001', '{"name": "x"']) {
        const res = await send(plane, route.method, urlFor(plane, route.path, 1), undefined, raw);
        await expectNetBirdAnswer(res, `${route.method} ${route.path} with ${JSON.stringify(raw)}`);
        if (raw !== 'null') expect(res.status).toBeGreaterThanOrEqual(400);
      }
    }
  });
});

type Op = { kind: 'write'; route: number; n: number; valid: boolean } | { kind: 'delete'; route: number; n: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('write' as const), route: fc.nat(writeRoutes.length - 1), n: fc.nat(), valid: fc.boolean() }), weight: 3 },
  { arbitrary: fc.record({ kind: fc.constant('delete' as const), route: fc.nat(deleteRoutes.length - 1), n: fc.nat() }), weight: 2 },
);

/** countsAgree: what the API derives (counts, memberships) matches what it lists. */
async function countsAgree(plane: ControlPlane): Promise<void> {
  const json = async (url: string) => (await (await send(plane, 'GET', url)).json()) as unknown;
  const networks = (await json('/api/networks')) as { id: string; routers: string[]; resources: string[] }[];
  for (const n of networks) {
    const routers = (await json(`/api/networks/${n.id}/routers`)) as { id: string }[];
    const resources = (await json(`/api/networks/${n.id}/resources`)) as { id: string }[];
    expect(new Set(n.routers)).toEqual(new Set(routers.map((r) => r.id)));
    expect(new Set(n.resources)).toEqual(new Set(resources.map((r) => r.id)));
  }
  const groups = (await json('/api/groups')) as { id: string; peers_count: number; peers?: { id: string }[] }[];
  const peers = (await json('/api/peers')) as { id: string; groups: { id: string }[] }[];
  for (const g of groups) {
    const members = peers.filter((p) => p.groups.some((x) => x.id === g.id)).length;
    expect(g.peers_count, `group ${g.id}`).toBe(members);
  }
}

describe('random sequences of operations', () => {
  it(`leave no dangling reference and consistent counts (${SEQUENCES} sequences)`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 5, maxLength: 40 }), async (ops) => {
        const plane = freshPlane();
        for (const op of ops) {
          counter += 1;
          if (op.kind === 'delete') {
            const route = deleteRoutes[op.route];
            if (!route) continue;
            const url = urlFor(plane, route.path, op.n);
            await expectNetBirdAnswer(await send(plane, 'DELETE', url), `DELETE ${url}`);
          } else {
            const route = writeRoutes[op.route];
            if (!route) continue;
            const state = plane.store.state;
            const body = op.valid ? templateBody(route.method, route.path, state, op.n) : fc.sample(bodyFor(route.method, route.path, state, op.n), { seed: op.n, numRuns: 1 })[0];
            const url = urlFor(plane, route.path, op.n);
            await expectNetBirdAnswer(await send(plane, route.method, url, body), `${route.method} ${url}`);
          }
          const problems = storeInvariants(plane.store.state);
          if (problems.length > 0) throw new Error(`after op ${counter}: ${problems.join('; ')}`);
        }
        await countsAgree(plane);
      }),
      { numRuns: SEQUENCES },
    );
  });
});
