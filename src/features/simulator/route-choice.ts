import type { AccountIndex } from '@/domain/account';
import { routeCandidates, type SimResult, type SimRouteKind } from '@/domain/sim';

/** RouteOption: a route of the run, for the timeline's picker. */
export interface RouteOption {
  key: string;
  label: string;
  kind: SimRouteKind;
  switches: number;
}

const KIND_TEXT: Readonly<Record<SimRouteKind, string>> = { network: 'network', route: 'network route', 'exit-node': 'exit node' };

export const routeOptionText = (o: RouteOption) => `${o.label} (${KIND_TEXT[o.kind]})${o.switches > 0 ? ` · ${o.switches} switch${o.switches === 1 ? '' : 'es'}` : ''}`;

/** routeOptions: every route some client has in the run, in first-seen order, with its switch count. */
export function routeOptions(result: SimResult): RouteOption[] {
  const byKey = new Map<string, RouteOption>();
  for (const t of result.tracks) if (!byKey.has(t.route)) byKey.set(t.route, { key: t.route, label: t.label, kind: t.kind, switches: 0 });
  for (const s of result.switches) {
    const o = byKey.get(s.route);
    if (o !== undefined) o.switches++;
  }
  return [...byKey.values()];
}

/**
 * defaultRoute: what the timeline shows until one is picked: the route with the most switches,
 * else the first with more than one routing peer (where HA can be seen), else the first.
 */
export function defaultRoute(index: AccountIndex, options: readonly RouteOption[]): string | null {
  const busiest = [...options].sort((a, b) => b.switches - a.switches)[0];
  if (busiest !== undefined && busiest.switches > 0) return busiest.key;
  return (options.find((o) => routeCandidates(index, o.key).length > 1) ?? options[0])?.key ?? null;
}
