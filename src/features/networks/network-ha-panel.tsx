import { useMemo } from 'react';
import { useUpdateRouter } from '@/api/mutations';
import { HaPanel, type HaDrainActions } from '@/components/ha-panel';
import { buildAccountIndex } from '@/domain/account';
import { patchRouters } from '@/domain/draft/router';
import { DRAIN_METRIC, type DrainMode } from '@/domain/routing/ha-drain';
import { networkHaView, type HaRow } from '@/domain/routing/ha-view';
import { routerRequestOf } from './request-of';
import { useAccount } from './use-account';

const drainPatch = (mode: DrainMode) => (mode === 'raise-metric' ? { metric: DRAIN_METRIC } : { enabled: false });

/** drainedRouterIds: the enabled routers naming the row's peer: the ones a drain changes. */
const drainedRouterIds = (row: HaRow) => row.carriers.filter((c) => c.enabled && c.kind === 'router').map((c) => c.id);

/**
 * NetworkHaPanel: the honest HA panel for one network, with drain: the preview ranks the routing
 * peers again with the drained routers patched into the snapshot, and applying saves each router.
 */
export function NetworkHaPanel({ networkId, networkName }: { networkId: string; networkName: string }) {
  const { snapshot, index } = useAccount();
  const view = useMemo(() => networkHaView(index, networkId), [index, networkId]);
  const update = useUpdateRouter();
  const drain: HaDrainActions = {
    preview: (row, mode) => networkHaView(buildAccountIndex(patchRouters(snapshot, networkId, drainedRouterIds(row), drainPatch(mode))), networkId),
    apply: async (row, mode) => {
      for (const id of drainedRouterIds(row)) {
        const r = (snapshot.network_routers[networkId] ?? []).find((x) => x.id === id);
        if (r) await update.mutateAsync({ networkId, id, body: routerRequestOf(r, drainPatch(mode)) });
      }
    },
  };
  return <HaPanel view={view} subject={`Routing peers of ${networkName}, in the order clients rank them.`} drain={drain} />;
}
