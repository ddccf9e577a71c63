import { useSuspenseQueries } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { PlusIcon, RouterIcon } from 'lucide-react';
import { useMemo } from 'react';
import { Link } from '@/lib/router';
import { queries, useApiClient, type NetworkRouter } from '@/api';
import { SelectableDataTable } from '@/components/data-table/selectable-data-table';
import { EnabledBadge } from '@/components/enabled-badge';
import { BulkOutcomeText, useBulkRun } from '@/components/form';
import { EmptyState } from '@/components/query-state';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { indexById } from '@/lib/index-by-id';
import { NetworkHaPanel } from './network-ha-panel';
import { newRouterPath, routerPath } from './paths';
import { RouterBulkActions, routerNoun } from './router-bulk-actions';
import { routerTarget, type RouterTarget } from './router-label';

interface RouterRow {
  router: NetworkRouter;
  target: RouterTarget;
  label: string;
}

const col = createColumnHelper<RouterRow>();

const KIND_LABEL = { peer: 'Peer', groups: 'Peer groups', none: 'None' } as const;

function routerColumns(networkId: string) {
  return [
    col.accessor((r) => r.target.name, {
      id: 'name',
      header: 'Routing peer',
      cell: (c) => (
        <Link to={routerPath(networkId, c.row.original.router.id)} className="font-medium hover:underline">
          {c.getValue()}
        </Link>
      ),
    }),
    col.accessor((r) => KIND_LABEL[r.target.kind], { id: 'kind', header: 'Kind', cell: (c) => <Badge variant="outline">{c.getValue()}</Badge> }),
    col.accessor((r) => r.router.metric, { id: 'metric', header: 'Metric' }),
    col.accessor((r) => (r.router.masquerade ? 'On' : 'Off'), { id: 'masquerade', header: 'Masquerade' }),
    col.accessor((r) => (r.router.enabled ? 'enabled' : 'disabled'), {
      id: 'enabled',
      header: 'Status',
      cell: (c) => <EnabledBadge enabled={c.row.original.router.enabled} />,
    }),
  ];
}

/**
 * NetworkRoutersTab: the routing peers that forward to this network: the honest HA panel (client
 * ranking, flags, drain), then the routers themselves with add and bulk edits.
 */
export function NetworkRoutersTab({ networkId, networkName }: { networkId: string; networkName: string }) {
  const client = useApiClient();
  const [routers, peers, groups] = useSuspenseQueries({
    queries: [queries.routers(client, networkId), queries.peers(client), queries.groups(client)],
  });
  const columns = useMemo(() => routerColumns(networkId), [networkId]);
  const bulk = useBulkRun();
  const rows = useMemo(() => {
    const peersById = indexById(peers.data);
    const groupsById = indexById(groups.data);
    return routers.data.map((router) => {
      const target = routerTarget(router, peersById, groupsById);
      return { router, target, label: target.name };
    });
  }, [routers.data, peers.data, groups.data]);

  const add = (
    <Button asChild>
      <Link to={newRouterPath(networkId)}>
        <PlusIcon aria-hidden="true" /> Add routing peer
      </Link>
    </Button>
  );
  return (
    <div className="flex flex-col gap-6">
      <NetworkHaPanel networkId={networkId} networkName={networkName} />
      <BulkOutcomeText outcome={bulk.outcome} noun={routerNoun} />
      {rows.length === 0 ? (
        <EmptyState
          icon={<RouterIcon />}
          title="No routing peers"
          message="Without a routing peer, no one can reach this network's resources. Add a peer (or a group of peers) that sits inside the network."
          action={add}
        />
      ) : (
        <SelectableDataTable
          label="Routing peers"
          searchLabel="Search routing peers"
          columns={columns}
          data={rows}
          getRowId={(r) => r.router.id}
          getRowHref={(r) => routerPath(networkId, r.router.id)}
          getRowLabel={(r) => r.label}
          initialSorting={[{ id: 'metric', desc: false }]}
          toolbar={add}
          bulkActions={(selected, clear) => <RouterBulkActions networkId={networkId} selected={selected} clear={clear} bulk={bulk} groups={groups.data} />}
        />
      )}
    </div>
  );
}
