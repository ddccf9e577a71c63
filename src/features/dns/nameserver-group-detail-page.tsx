import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { Suspense } from 'react';
import { Link, useParams } from '@/lib/router';
import { queries, useApiClient, type NameserverGroup } from '@/api';
import { LocationNotice } from '@/components/form/location-notice';
import { Button } from '@/components/ui/button';
import { EnabledBadge } from '@/components/enabled-badge';
import { GroupBadges } from '@/components/group-badges';
import { KeyValueList } from '@/components/key-value-list';
import { PageHeader } from '@/components/page-header';
import { QueryBoundary } from '@/components/query-boundary';
import { LoadingState } from '@/components/query-state';
import { Badge } from '@/components/ui/badge';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { useGroupRefs } from '@/components/lookups/use-group-refs';
import { NameserverDeleteButton } from './nameserver-delete-button';

const crumbs = [{ label: 'DNS', to: '/dns' }];

function NameserverGroupDetail({ nsgroupId }: { nsgroupId: string }) {
  const client = useApiClient();
  const { data: group } = useSuspenseQuery(queries.nameserver(client, nsgroupId));
  const groupRefs = useGroupRefs();
  return (
    <div className="flex flex-col gap-4">
      <Card aria-labelledby="ns-fields">
        <CardHeader>
          <CardTitle id="ns-fields">Nameserver group</CardTitle>
        </CardHeader>
        <CardContent>
          <KeyValueList
            items={[
              {
                label: 'Match domains',
                value: group.primary ? (
                  'All domains: this is the primary nameserver group of its distribution groups'
                ) : group.domains.length === 0 ? (
                  'None'
                ) : (
                  <ul className="flex flex-col gap-0.5 font-mono text-xs" aria-label="Match domains">
                    {group.domains.map((d) => (
                      <li key={d}>{d}</li>
                    ))}
                  </ul>
                ),
              },
              {
                label: 'Search domains',
                value: group.primary ? 'Not applicable to a primary group' : group.search_domains_enabled ? 'Yes: the match domains are also DNS search domains' : 'No',
              },
              { label: 'Distribution groups', value: <GroupBadges groups={groupRefs(group.groups)} max={20} /> },
              { label: 'Status', value: group.enabled ? 'Enabled' : 'Disabled' },
              { label: 'ID', value: <span className="font-mono text-xs">{group.id}</span> },
            ]}
          />
        </CardContent>
      </Card>
      <Card aria-labelledby="ns-servers">
        <CardHeader>
          <CardTitle id="ns-servers">Nameservers</CardTitle>
        </CardHeader>
        <CardContent>
          <div className="overflow-x-auto rounded-lg border">
            <Table aria-labelledby="ns-servers">
              <TableHeader>
                <TableRow>
                  <TableHead>IP address</TableHead>
                  <TableHead>Protocol</TableHead>
                  <TableHead>Port</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {group.nameservers.map((ns) => (
                  <TableRow key={`${ns.ip}:${ns.port}`}>
                    <TableCell className="font-mono text-xs">{ns.ip}</TableCell>
                    <TableCell>{ns.ns_type.toUpperCase()}</TableCell>
                    <TableCell className="font-mono text-xs">{ns.port}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        </CardContent>
      </Card>
    </div>
  );
}

/** NameserverActions: in the header, which renders before the group names arrive: they suspend on their own. */
function NameserverActions({ group }: { group: NameserverGroup }) {
  return (
    <Suspense fallback={null}>
      <Button size="sm" asChild>
        <Link to={`/dns/nameservers/${encodeURIComponent(group.id)}/edit`}>Edit</Link>
      </Button>
      <NameserverDeleteButton group={group} />
    </Suspense>
  );
}

/** NameserverGroupDetailPage: one nameserver group with its servers, domains and distribution groups. */
export default function NameserverGroupDetailPage() {
  const { nsgroupId = '' } = useParams();
  const client = useApiClient();
  // Not suspending: the heading is there while the content loads or fails.
  const { data: group } = useQuery(queries.nameserver(client, nsgroupId));
  return (
    <>
      <PageHeader
        title={group?.name ?? 'Nameserver group'}
        breadcrumbs={crumbs}
        meta={
          group ? (
            <>
              <EnabledBadge enabled={group.enabled} />
              {group.primary ? <Badge variant="info">Primary</Badge> : null}
            </>
          ) : null
        }
        description={group?.description || undefined}
        actions={group ? <NameserverActions group={group} /> : null}
      />
      <LocationNotice />
      <QueryBoundary loading={<LoadingState variant="detail" label="Loading nameserver group…" />}>
        <NameserverGroupDetail nsgroupId={nsgroupId} />
      </QueryBoundary>
    </>
  );
}
