import { useSuspenseQuery } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { BoxesIcon, PlusIcon } from 'lucide-react';
import { useMemo, useState } from 'react';
import { Link } from '@/lib/router';
import { queries, useApiClient, type NetworkResource } from '@/api';
import { SelectableDataTable } from '@/components/data-table/selectable-data-table';
import { EnabledBadge } from '@/components/enabled-badge';
import { BulkOutcomeText, useBulkRun } from '@/components/form';
import { GroupBadges } from '@/components/group-badges';
import { EmptyState } from '@/components/query-state';
import { ResourceTypeBadge, resourceKindOf } from '@/components/resource-type-badge';
import { Button } from '@/components/ui/button';
import { PasteResourcesDialog } from './paste-resources-dialog';
import { newResourcePath, resourcePath } from './paths';
import { ResourceBulkActions, resourceNoun } from './resource-bulk-actions';

const col = createColumnHelper<NetworkResource>();

function resourceColumns(networkId: string) {
  return [
    col.accessor('name', {
      header: 'Name',
      cell: (c) => (
        <Link to={resourcePath(networkId, c.row.original.id)} className="font-medium hover:underline">
          {c.getValue()}
        </Link>
      ),
    }),
    col.accessor('address', { header: 'Address', cell: (c) => <span className="font-mono text-xs">{c.getValue()}</span> }),
    col.accessor((r) => resourceKindOf(r), { id: 'type', header: 'Type', cell: (c) => <ResourceTypeBadge resource={c.row.original} /> }),
    col.accessor((r) => r.groups.map((g) => g.name).join(' '), {
      id: 'groups',
      header: 'Groups',
      enableSorting: false,
      cell: (c) => <GroupBadges groups={c.row.original.groups} max={3} />,
    }),
    col.accessor((r) => (r.enabled ? 'enabled' : 'disabled'), { id: 'enabled', header: 'Status', cell: (c) => <EnabledBadge enabled={c.row.original.enabled} /> }),
  ];
}

/** NetworkResourcesTab: what the network makes reachable (hosts, subnets, domains), with add, paste-many and bulk edits. */
export function NetworkResourcesTab({ networkId }: { networkId: string }) {
  const client = useApiClient();
  const { data: resources } = useSuspenseQuery(queries.resources(client, networkId));
  const columns = useMemo(() => resourceColumns(networkId), [networkId]);
  const bulk = useBulkRun();
  const [pasted, setPasted] = useState<number | null>(null);
  const actions = (
    <>
      <PasteResourcesDialog networkId={networkId} onDone={setPasted} />
      <Button asChild>
        <Link to={newResourcePath(networkId)}>
          <PlusIcon aria-hidden="true" /> Add resource
        </Link>
      </Button>
    </>
  );
  const notices = (
    <>
      {pasted !== null ? (
        <p role="status" className="text-sm">
          Created {pasted} {resourceNoun(pasted)}.
        </p>
      ) : null}
      <BulkOutcomeText outcome={bulk.outcome} noun={resourceNoun} />
    </>
  );
  if (resources.length === 0) {
    return (
      <div className="flex flex-col gap-3">
        {notices}
        <EmptyState
          icon={<BoxesIcon />}
          title="No resources in this network"
          message="A resource is a host, subnet or domain behind the network's routing peers. Policies grant access to resources through their groups."
          action={<div className="flex gap-2">{actions}</div>}
        />
      </div>
    );
  }
  return (
    <div className="flex flex-col gap-3">
      {notices}
      <SelectableDataTable
        label="Resources"
        searchLabel="Search resources"
        columns={columns}
        data={resources}
        getRowId={(r) => r.id}
        getRowHref={(r) => resourcePath(networkId, r.id)}
        getRowLabel={(r) => r.name}
        initialSorting={[{ id: 'name', desc: false }]}
        toolbar={actions}
        bulkActions={(selected, clear) => <ResourceBulkActions networkId={networkId} selected={selected} clear={clear} bulk={bulk} />}
      />
    </div>
  );
}
