import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { useParams } from '@/lib/router';
import { queries, useApiClient } from '@/api';
import { GroupBadges } from '@/components/group-badges';
import { KeyValueList } from '@/components/key-value-list';
import { PageHeader } from '@/components/page-header';
import { QueryBoundary } from '@/components/query-boundary';
import { LoadingState } from '@/components/query-state';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { formatDateTime } from '@/lib/format';
import { AutoGroupsEditor } from './auto-groups-editor';
import { RoutingPeerHint } from './routing-peer-hint';
import { SetupKeyActions } from './setup-key-actions';
import { SetupKeyStateBadge } from './setup-key-state-badge';
import { neverExpires, setupKeyState, usageText } from './setup-key-text';
import { useGroupRefs } from '@/components/lookups/use-group-refs';

const crumbs = [{ label: 'Setup keys', to: '/setup-keys' }];

function SetupKeyDetail({ keyId }: { keyId: string }) {
  const client = useApiClient();
  const { data: key } = useSuspenseQuery(queries.setupKey(client, keyId));
  const groupRefs = useGroupRefs();
  const state = setupKeyState(key);
  const neverUsed = key.used_times === 0 || !key.last_used || key.last_used.startsWith('0001-01-01');
  return (
    <div className="flex flex-col gap-4">
      <Card aria-labelledby="key-fields">
        <CardHeader>
          <CardTitle id="key-fields">Setup key</CardTitle>
        </CardHeader>
        <CardContent>
          <KeyValueList
            items={[
              { label: 'Key', value: <span className="font-mono">{key.key}</span> },
              { label: 'Type', value: key.type === 'one-off' ? 'One-off: registers a single peer' : key.type === 'reusable' ? 'Reusable' : key.type },
              { label: 'State', value: state === 'valid' ? 'Valid: can register peers' : `${state[0]?.toUpperCase()}${state.slice(1)}: cannot register peers` },
              { label: 'Used', value: usageText(key) },
              { label: 'Last used', value: neverUsed ? 'Never' : formatDateTime(key.last_used) },
              { label: 'Expires', value: neverExpires(key.expires) ? 'Never' : formatDateTime(key.expires) },
              { label: 'Auto groups', value: <GroupBadges groups={groupRefs(key.auto_groups)} max={20} emptyText="None" /> },
              { label: 'Ephemeral', value: key.ephemeral ? 'Yes: peers it registers are removed after 10 minutes offline' : 'No' },
              ...(key.allow_extra_dns_labels !== undefined ? [{ label: 'Extra DNS labels', value: key.allow_extra_dns_labels ? 'Allowed' : 'Not allowed' }] : []),
              { label: 'Updated', value: formatDateTime(key.updated_at) },
              { label: 'ID', value: <span className="font-mono text-xs">{key.id}</span> },
            ]}
          />
        </CardContent>
      </Card>
      <AutoGroupsEditor setupKey={key} />
      <RoutingPeerHint />
    </div>
  );
}

/** SetupKeyDetailPage: one setup key (masked: the plain key is shown only when it is created). */
export default function SetupKeyDetailPage() {
  const { keyId = '' } = useParams();
  const client = useApiClient();
  // Not suspending: the heading is there while the content loads or fails.
  const { data: key } = useQuery(queries.setupKey(client, keyId));
  return (
    <>
      <PageHeader
        title={key?.name ?? 'Setup key'}
        breadcrumbs={crumbs}
        meta={key ? <SetupKeyStateBadge state={setupKeyState(key)} /> : null}
        actions={key ? <SetupKeyActions setupKey={key} /> : null}
      />
      <QueryBoundary loading={<LoadingState variant="detail" label="Loading setup key…" />}>
        <SetupKeyDetail keyId={keyId} />
      </QueryBoundary>
    </>
  );
}
