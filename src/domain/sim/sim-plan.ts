import type { AccountIndex } from '@/domain/account';
import { clientRoutes, networkRoute, newRouteCache, type RouteCache, type SimRoute } from './client-routes';
import { suspend, type Pair } from './pair';

/**
 * sim-plan: what each client receives during a run, as pairs (one client, one route), filed by
 * client and by every routing peer the pair may pick, so an event finds the pairs it touches.
 * A configuration event re-plans only the clients it concerns (concerned-clients.ts); every
 * other client keeps its pairs, their routes and links as they were.
 */
export interface SimPlan {
  /** Every pair ever planned, by client then route key. */
  pairs: Map<string, Map<string, Pair>>;
  /** The same pairs in creation order (the order pairs are evaluated in at one instant). */
  ordered: Pair[];
  /** Received pairs by client, in route order. */
  byClient: Map<string, Pair[]>;
  /** Received pairs by each routing peer they may pick; built when first asked for after a planning (optionPairs). */
  byOption: Map<string, Pair[]> | null;
  /** Incremented by every planning; a client's pair planned in the latest one is received. */
  epoch: number;
}

export const newPlan = (): SimPlan => ({ pairs: new Map(), ordered: [], byClient: new Map(), byOption: null, epoch: 0 });

/** holdersOf: the clients holding a received pair with this route key. */
export function holdersOf(plan: SimPlan, routeKey: string): string[] {
  const out: string[] = [];
  for (const [client, mine] of plan.pairs) if (mine.get(routeKey)?.received === true) out.push(client);
  return out;
}

/**
 * optionPairs: the received pairs that may pick the routing peer, in creation order. The filing
 * by routing peer is built on the first peer event after a planning, not by every planning: a
 * configuration event followed by another before any peer event costs no filing at all.
 */
export function optionPairs(plan: SimPlan, peerId: string): readonly Pair[] {
  if (plan.byOption === null) {
    const byOption = new Map<string, Pair[]>();
    for (const pair of plan.ordered) {
      if (!pair.received) continue;
      for (const o of pair.route.options) {
        const list = byOption.get(o.peerId);
        if (list === undefined) byOption.set(o.peerId, [pair]);
        else list.push(pair);
      }
    }
    plan.byOption = byOption;
  }
  return plan.byOption.get(peerId) ?? [];
}

/**
 * rebind gives a pair its route under a new plan. Options that offer the same peers with the
 * same metrics leave the choice's inputs as they were: the links read from the lab and a steady
 * outcome stay valid (a configuration event elsewhere in the account changes nothing here).
 */
function rebind(pair: Pair, route: SimRoute): void {
  const before = pair.route.options;
  const same = before.length === route.options.length && before.every((o, i) => o.peerId === route.options[i]?.peerId && o.metric === route.options[i]?.metric);
  pair.route = route;
  if (same && pair.links !== null) {
    pair.links.forEach((l, i) => (l.option = route.options[i] ?? l.option));
    return;
  }
  pair.links = null;
  if (!same) pair.steady = null;
}

function newPair(plan: SimPlan, client: string, route: SimRoute, epoch: number): Pair {
  return {
    idx: plan.ordered.length,
    client,
    route,
    track: { client, route: route.key, kind: route.kind, label: route.label, changes: [], holds: {} },
    current: null,
    lastLatencySwitchAt: null,
    degradedSince: null,
    fresh: true,
    received: true,
    links: null,
    steady: null,
    epoch,
  };
}

/** planClient: one client's routes under the cache's index; its pairs no longer received are suspended and returned. */
function planClient(plan: SimPlan, cache: RouteCache, client: string, epoch: number, t: number): Pair[] {
  const before = plan.byClient.get(client);
  const routes = clientRoutes(cache, client);
  let mine = plan.pairs.get(client);
  if (mine === undefined && routes.length > 0) {
    mine = new Map();
    plan.pairs.set(client, mine);
  }
  const received: Pair[] = [];
  for (const route of routes) {
    let pair = mine?.get(route.key);
    if (pair === undefined) {
      pair = newPair(plan, client, route, epoch);
      mine?.set(route.key, pair);
      plan.ordered.push(pair);
    }
    rebind(pair, route);
    pair.received = true;
    pair.epoch = epoch;
    received.push(pair);
  }
  if (received.length > 0) plan.byClient.set(client, received);
  else plan.byClient.delete(client);
  const dropped: Pair[] = [];
  for (const pair of before ?? []) {
    if (pair.epoch === epoch) continue;
    pair.received = false;
    suspend(pair, t, 'not-received');
    dropped.push(pair);
  }
  return dropped;
}

/**
 * planClients: (re)plans the clients under the index: all of them (`concerned` null) or those a
 * configuration event concerns. Clients are taken in account order, so new pairs are created in
 * the same order whichever clients are re-planned. Returns the pairs that stopped being received.
 */
export function planClients(plan: SimPlan, index: AccountIndex, concerned: ReadonlySet<string> | null, t: number): Pair[] {
  const cache = newRouteCache(index);
  const epoch = ++plan.epoch;
  plan.byOption = null;
  const dropped: Pair[] = [];
  for (const peer of index.snapshot.peers) {
    if (concerned !== null && !concerned.has(peer.id)) continue;
    dropped.push(...planClient(plan, cache, peer.id, epoch, t));
  }
  return dropped;
}

/**
 * refreshNetworks: after changes to networks' routers only, those networks' routes of the
 * clients holding them. Routers decide who carries a network, never who receives it, so every
 * client keeps the routes it has and only these options change.
 */
export function refreshNetworks(plan: SimPlan, index: AccountIndex, networks: ReadonlySet<string>): void {
  const cache = newRouteCache(index);
  plan.byOption = null;
  for (const [client, mine] of plan.pairs) {
    for (const networkId of networks) {
      const pair = mine.get(networkId);
      if (pair !== undefined && pair.received && pair.route.kind === 'network') rebind(pair, networkRoute(cache, networkId, client));
    }
  }
}
