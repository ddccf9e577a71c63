import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useParams } from '@/lib/router';
import { queries, useApiClient } from '@/api';
import { KeyValueList } from '@/components/key-value-list';
import { PageHeader } from '@/components/page-header';
import { QueryBoundary } from '@/components/query-boundary';
import { LoadingState } from '@/components/query-state';
import { Badge } from '@/components/ui/badge';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { isGroupNameAll } from '@/domain/rules/validate/group';
import { GroupDelete } from './group-delete';
import { GroupEditor } from './group-editor';
import { GroupPeersTable } from './group-peers-table';
import { GroupResourcesTable } from './group-resources-table';
import { GroupUsagesTable } from './group-usages-table';
import { issuedLabel } from './issued-label';

const crumbs = [{ label: 'Groups', to: '/groups' }];

function Section({ id, title, description, children }: { id: string; title: string; description?: string; children: ReactNode }) {
  return (
    <Card aria-labelledby={id}>
      <CardHeader>
        <CardTitle id={id}>{title}</CardTitle>
        {description ? <CardDescription>{description}</CardDescription> : null}
      </CardHeader>
      <CardContent>
        <QueryBoundary>{children}</QueryBoundary>
      </CardContent>
    </Card>
  );
}

function GroupDetail({ groupId }: { groupId: string }) {
  const client = useApiClient();
  const { data: group } = useSuspenseQuery(queries.group(client, groupId));
  return (
    <div className="flex flex-col gap-4">
      <Card aria-labelledby="group-summary">
        <CardHeader>
          <CardTitle id="group-summary">Group</CardTitle>
        </CardHeader>
        <CardContent>
          <KeyValueList
            items={[
              { label: 'Peers', value: group.peers_count },
              { label: 'Network resources', value: group.resources_count },
              { label: 'Issued by', value: issuedLabel(group.issued) },
              { label: 'ID', value: <span className="font-mono text-xs">{group.id}</span> },
            ]}
          />
        </CardContent>
      </Card>
      <Section id="group-edit" title="Name and members" description="Add or remove peers and network resources; what the change would do is shown before you save.">
        <GroupEditor key={group.id} group={group} />
      </Section>
      <Section id="group-usages" title="Where this group is used" description="Changing who is in this group changes what each of these applies to.">
        <GroupUsagesTable groupId={group.id} groupName={group.name} />
      </Section>
      <Section id="group-peers" title="Peers">
        <GroupPeersTable group={group} />
      </Section>
      <Section id="group-resources" title="Network resources">
        <GroupResourcesTable group={group} />
      </Section>
      <Section id="group-delete" title="Delete group" description="A group can be deleted only when nothing refers to it any more.">
        <GroupDelete group={group} />
      </Section>
    </div>
  );
}

/** GroupDetailPage: a group's members (peers, resources), editing them, every place the group is used, and its deletion. */
export default function GroupDetailPage() {
  const { groupId = '' } = useParams();
  const client = useApiClient();
  // Not suspending: the heading is there while the content loads or fails.
  const { data: group } = useQuery(queries.group(client, groupId));
  const all = group !== undefined && isGroupNameAll(group.name);
  return (
    <>
      <PageHeader
        title={group?.name ?? 'Group'}
        breadcrumbs={crumbs}
        meta={all ? <Badge variant="secondary">Built-in</Badge> : null}
        description={all ? 'NetBird’s built-in group: it holds every peer of the account and can be neither renamed nor deleted.' : undefined}
      />
      <QueryBoundary loading={<LoadingState variant="detail" label="Loading group…" />}>
        <GroupDetail groupId={groupId} />
      </QueryBoundary>
    </>
  );
}
