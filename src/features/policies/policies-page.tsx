import { useSuspenseQuery } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { PlusIcon, ShieldIcon } from 'lucide-react';
import { useMemo } from 'react';
import { Link } from '@/lib/router';
import { queries, useApiClient, type Policy } from '@/api';
import { SelectableDataTable } from '@/components/data-table/selectable-data-table';
import { EnabledBadge } from '@/components/enabled-badge';
import { PageHeader } from '@/components/page-header';
import { QueryBoundary } from '@/components/query-boundary';
import { EmptyState } from '@/components/query-state';
import { BulkOutcomeText, useBulkRun } from '@/components/form';
import { Button } from '@/components/ui/button';
import { newPolicyPath } from './paths';
import { PolicyBulkActions } from './policy-bulk-actions';
import { policyProtocols } from './policy-text';
import { endpointText } from './rule-endpoint';
import { useResourceIndex, type LocatedResource } from '@/components/lookups/use-resource-index';

interface PolicyRow {
  policy: Policy;
  summary: string;
  protocols: string;
}

const col = createColumnHelper<PolicyRow>();

const columns = [
  col.accessor((r) => r.policy.name, {
    id: 'name',
    header: 'Name',
    cell: (c) => (
      <div className="flex min-w-0 flex-col">
        <Link to={`/policies/${encodeURIComponent(c.row.original.policy.id)}`} className="font-medium text-primary hover:underline">
          {c.getValue()}
        </Link>
        {c.row.original.policy.description ? <span className="truncate text-xs text-muted-foreground">{c.row.original.policy.description}</span> : null}
      </div>
    ),
  }),
  col.accessor((r) => (r.policy.enabled ? 'Enabled' : 'Disabled'), {
    id: 'enabled',
    header: 'Status',
    cell: (c) => <EnabledBadge enabled={c.row.original.policy.enabled} />,
  }),
  col.accessor((r) => r.policy.rules.length, { id: 'rules', header: 'Rules' }),
  col.accessor('summary', { header: 'Sources → destinations', cell: (c) => <span className="text-sm">{c.getValue()}</span> }),
  col.accessor('protocols', { header: 'Protocols' }),
];

/** policySummary: each distinct "sources → destinations" pair of the policy's rules. */
function policySummary(policy: Policy, resources: ReadonlyMap<string, LocatedResource>, peerName: (id: string) => string | undefined): string {
  const pairs = policy.rules.map(
    (r) => `${endpointText(r.sources, r.sourceResource, resources, peerName)} → ${endpointText(r.destinations, r.destinationResource, resources, peerName)}`,
  );
  return [...new Set(pairs)].join('; ') || 'no rules';
}

function PoliciesTable() {
  const client = useApiClient();
  const { data: policies } = useSuspenseQuery(queries.policies(client));
  const { data: peers } = useSuspenseQuery(queries.peers(client));
  const resources = useResourceIndex();
  const bulk = useBulkRun();
  const rows = useMemo(() => {
    const names = new Map(peers.map((p) => [p.id, p.name]));
    const peerName = (id: string) => names.get(id);
    return policies.map((policy) => ({ policy, summary: policySummary(policy, resources, peerName), protocols: policyProtocols(policy).join(', ') }));
  }, [policies, peers, resources]);
  if (policies.length === 0) {
    return (
      <EmptyState
        icon={<ShieldIcon />}
        title="No policies"
        message="Policies decide who may reach what. Without one, no peer can reach a network resource or another peer."
      />
    );
  }
  return (
    <div className="flex flex-col gap-3">
      <BulkOutcomeText outcome={bulk.outcome} noun={(n) => (n === 1 ? 'policy' : 'policies')} />
      <SelectableDataTable
        columns={columns}
        data={rows}
        label="Policies"
        searchLabel="Search policies"
        getRowId={(r) => r.policy.id}
        getRowLabel={(r) => r.policy.name}
        getRowHref={(r) => `/policies/${encodeURIComponent(r.policy.id)}`}
        initialSorting={[{ id: 'name', desc: false }]}
        bulkActions={(selected, clear) => <PolicyBulkActions selected={selected.map((r) => r.policy)} clear={clear} bulk={bulk} />}
      />
    </div>
  );
}

/** PoliciesPage: every access policy with its rules summarised; a row opens the policy; selected rows can be enabled, disabled or deleted together. */
export default function PoliciesPage() {
  return (
    <>
      <PageHeader
        title="Policies"
        description="Access control: who (source groups) may reach what (destination groups or a resource), on which protocols and ports."
        actions={
          <Button asChild>
            <Link to={newPolicyPath}>
              <PlusIcon aria-hidden="true" /> New policy
            </Link>
          </Button>
        }
      />
      <QueryBoundary>
        <PoliciesTable />
      </QueryBoundary>
    </>
  );
}
