import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { queries, useApiClient } from '@/api';
import { useUpdateRoute } from '@/api/mutations';
import { HaPanel, type HaDrainActions } from '@/components/ha-panel';
import { buildAccountIndex } from '@/domain/account';
import { routeDraftFrom } from '@/domain/draft/route';
import { haSetKey } from '@/domain/rules/lint';
import { DRAIN_METRIC, type DrainMode } from '@/domain/routing/ha-drain';
import { routeSetHaView, type HaRow } from '@/domain/routing/ha-view';
import type { SnapRoute, Snapshot } from '@/domain/snapshot';

const drainPatch = (mode: DrainMode) => (mode === 'raise-metric' ? { metric: DRAIN_METRIC } : { enabled: false });

/** drainedRouteIds: the enabled routes naming the row's peer: the ones a drain changes. */
const drainedRouteIds = (row: HaRow) => row.carriers.filter((c) => c.enabled && c.kind === 'route').map((c) => c.id);

const routeSetOf = (snapshot: Snapshot, route: SnapRoute): SnapRoute[] => snapshot.routes.filter((r) => haSetKey(r) === haSetKey(route));

/**
 * RouteHaPanel: the honest HA panel for the HA route set a route belongs to (the routes sharing its
 * network identifier and destination, which NetBird's agent merges into one choice), shown when the
 * set has more than one route or the route names peer groups. Drain previews the ranking with the
 * drained routes patched into the account, then saves each route.
 */
export function RouteHaPanel({ routeId }: { routeId: string }) {
  const client = useApiClient();
  const snapshot = useQuery(queries.snapshot(client)).data;
  const update = useUpdateRoute();
  const route = snapshot?.routes.find((r) => r.id === routeId);
  const set = useMemo(() => (snapshot && route ? routeSetOf(snapshot, route) : []), [snapshot, route]);
  const view = useMemo(() => (snapshot ? routeSetHaView(buildAccountIndex(snapshot), set) : null), [snapshot, set]);
  if (!snapshot || !route || !view) return null;
  const grouped = (route.peer_groups ?? []).length > 0 && !route.peer;
  if (set.length < 2 && !grouped) return null;

  const patched = (row: HaRow, mode: DrainMode): Snapshot => {
    const ids = new Set(drainedRouteIds(row));
    return { ...snapshot, routes: snapshot.routes.map((r) => (ids.has(r.id) ? { ...r, ...drainPatch(mode) } : r)) };
  };
  const drain: HaDrainActions = {
    preview: (row, mode) => {
      const next = patched(row, mode);
      return routeSetHaView(buildAccountIndex(next), routeSetOf(next, route));
    },
    apply: async (row, mode) => {
      for (const id of drainedRouteIds(row)) {
        const r = snapshot.routes.find((x) => x.id === id);
        if (r) await update.mutateAsync({ id, body: { ...routeDraftFrom(r), ...drainPatch(mode) } });
      }
    },
  };
  const subject =
    set.length > 1
      ? `HA route set “${route.network_id}”: ${set.length} routes to the same destination, in the order clients rank their routing peers.`
      : `The peers of this route's peer groups, in the order clients rank them.`;
  return <HaPanel view={view} subject={subject} drain={drain} />;
}
