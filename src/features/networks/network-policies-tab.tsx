import { useSuspenseQuery } from '@tanstack/react-query';
import { ShieldIcon } from 'lucide-react';
import { Link } from '@/lib/router';
import { queries, useApiClient } from '@/api';
import { EnabledBadge } from '@/components/enabled-badge';
import { EmptyState } from '@/components/query-state';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { pluralize } from '@/lib/format';
import { indexById } from '@/lib/index-by-id';
import { policyPath } from './paths';

/**
 * NetworkPoliciesTab: the policies whose destinations reach this network's resources. Networks deny
 * by default, so without one of these nobody gets through the routing peers.
 */
export function NetworkPoliciesTab({ policyIds }: { policyIds: readonly string[] }) {
  const client = useApiClient();
  const { data: policies } = useSuspenseQuery(queries.policies(client));
  if (policyIds.length === 0) {
    return (
      <EmptyState
        icon={<ShieldIcon />}
        title="No policies reach this network"
        message="Traffic to a network's resources is denied until a policy names one of their groups (or a resource) as destination."
      />
    );
  }
  const byId = indexById(policies);
  return (
    <div className="overflow-x-auto rounded-lg border bg-card">
      <Table aria-label="Policies">
        <TableHeader>
          <TableRow>
            <TableHead>Name</TableHead>
            <TableHead>Description</TableHead>
            <TableHead>Rules</TableHead>
            <TableHead>Status</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {policyIds.map((id) => {
            const p = byId.get(id);
            return (
              <TableRow key={id}>
                <TableCell>
                  <Link to={policyPath(id)} className="font-medium hover:underline">
                    {p ? p.name : id}
                  </Link>
                </TableCell>
                <TableCell className="text-muted-foreground">{p?.description || '—'}</TableCell>
                <TableCell>{p ? pluralize(p.rules.length, 'rule') : '—'}</TableCell>
                <TableCell>{p ? <EnabledBadge enabled={p.enabled} /> : <span className="text-muted-foreground">Unknown policy</span>}</TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}
