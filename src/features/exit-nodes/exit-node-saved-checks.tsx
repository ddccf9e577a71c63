import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { queries, useApiClient, type Route } from '@/api';
import { useUpdateRoute } from '@/api/mutations';
import { routeDraftFrom } from '@/domain/draft/route';
import { exitNodeChecks } from '@/domain/rules/editor/exit-node-checks';
import { ExitNodeChecksPanel } from './exit-node-checks-panel';

/** ExitNodeSavedChecks: the checks of a saved exit node against the account as it is; "Turn masquerade on" saves the route. */
export function ExitNodeSavedChecks({ route }: { route: Route }) {
  const client = useApiClient();
  const snapshot = useQuery(queries.snapshot(client)).data;
  const update = useUpdateRoute();
  const checks = useMemo(() => (snapshot ? exitNodeChecks(snapshot, route.id) : null), [snapshot, route.id]);
  if (!checks) return null;
  return (
    <ExitNodeChecksPanel
      checks={checks}
      networkId={route.network_id}
      onMasqueradeOn={() => update.mutateAsync({ id: route.id, body: { ...routeDraftFrom(route), masquerade: true } })}
    />
  );
}
