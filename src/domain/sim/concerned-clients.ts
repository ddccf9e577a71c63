import { peersOfGroup, type AccountIndex } from '@/domain/account';
import type { PolicyEvent, RouterEvent } from './scenario';

/**
 * concerned-clients: the clients whose routes a configuration event can change, so the run
 * re-plans those and keeps everyone else's (a thousand clients, one router's metric). A superset
 * is always safe; missing one is not, and concerned-clients.test.ts holds every other client's
 * routes equal before and after each kind of event on a generated account. What a client receives
 * (client-routes.ts) reads:
 * - a network's routers (metric, enabled) only for the clients that receive the network: which
 *   clients those are is decided by policies and resources, never by routers;
 * - a legacy route (metric, enabled) only for its distribution groups' peers, through the route
 *   sets and the exit node they receive;
 * - a policy only for the peers its rules name on either side: its sources receive networks
 *   through it, and either side may be linked to the other's routing peers by it.
 */

/** holders: the clients currently holding a route with this key (a network id or a legacy network_id). */
export type RouteHolders = (routeKey: string) => Iterable<string>;

/** concernedClients: the clients to re-plan after the event, or null when it could be anyone (re-plan all). */
export function concernedClients(index: AccountIndex, e: RouterEvent | PolicyEvent, holders: RouteHolders): Set<string> | null {
  const out = new Set<string>();
  const addGroups = (groups: Iterable<string>) => {
    for (const g of groups) for (const p of peersOfGroup(index, g)) out.add(p);
  };
  if (e.kind === 'policy') {
    const policy = index.policies.get(e.policy);
    if (policy === undefined) return null;
    for (const rule of policy.rules) {
      addGroups(rule.sources.map((g) => g.id));
      addGroups(rule.destinations.map((g) => g.id));
      for (const r of [rule.sourceResource, rule.destinationResource]) if (r?.type === 'peer') out.add(r.id);
    }
    return out;
  }
  // the id may name a network router, a legacy route, or (in a hand-written account) both
  const router = index.routers.get(e.router);
  const route = index.routes.get(e.router);
  if (router === undefined && route === undefined) return null;
  if (router !== undefined) for (const c of holders(router.network_id)) out.add(c);
  if (route !== undefined) {
    addGroups(route.groups);
    for (const c of holders(route.network_id)) out.add(c);
  }
  return out;
}
