import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { queries, useApiClient } from '@/api';
import { Button } from '@/components/ui/button';
import { buildAccountIndex } from '@/domain/account';
import { routingPeerGroupIds } from '@/domain/rules/editor/group-routing-peers';

/**
 * RoutingPeerPreset: one click to a routing peer key for one of the account's routing peer groups
 * (the peer groups of network routers and routes); a new group can be created inline in the auto
 * groups picker instead, then the preset applied to it.
 */
export function RoutingPeerPreset({ onApply, selectedGroups }: { onApply: (groupId: string | null) => void; selectedGroups: readonly string[] }) {
  const client = useApiClient();
  const { data: groups } = useSuspenseQuery(queries.groups(client));
  const { data: snapshot } = useQuery(queries.snapshot(client));
  const names = useMemo(() => new Map(groups.map((g) => [g.id, g.name])), [groups]);
  const candidates = useMemo(() => (snapshot ? routingPeerGroupIds(buildAccountIndex(snapshot)) : []), [snapshot]);
  return (
    <section aria-labelledby="routing-peer-preset" className="flex flex-col gap-2 rounded-md border border-dashed p-3">
      <h3 id="routing-peer-preset" className="text-sm font-medium">
        Routing peer key
      </h3>
      <p className="text-xs text-muted-foreground">
        Routing peers are headless servers: register them with a setup key, not an interactive login, so they never drop off when a login expires. The preset makes
        the key reusable, never expiring, unlimited and not ephemeral, with the routing peer group as auto group.
      </p>
      <div className="flex flex-wrap items-center gap-2">
        {candidates.map((id) => (
          <Button key={id} variant="outline" size="sm" onClick={() => onApply(id)}>
            Routing peer key for {names.get(id) ?? id}
          </Button>
        ))}
        <Button variant="outline" size="sm" onClick={() => onApply(null)}>
          Routing peer key for the auto groups chosen below
        </Button>
      </div>
      {selectedGroups.length === 0 ? <p className="text-xs text-muted-foreground">For a new routing peer group, type its name in Auto groups and choose “Create group”.</p> : null}
    </section>
  );
}
