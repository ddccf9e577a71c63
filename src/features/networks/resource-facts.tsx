import { Link } from '@/lib/router';
import type { Network, NetworkResource } from '@/api';
import { CopyButton } from '@/components/copy-button';
import { EnabledBadge } from '@/components/enabled-badge';
import { GroupBadges } from '@/components/group-badges';
import { KeyValueList } from '@/components/key-value-list';
import { ResourceTypeBadge } from '@/components/resource-type-badge';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { networkPath } from './paths';

/** ResourceFacts: the resource as saved (the form shows the draft): stored address, derived type, groups. */
export function ResourceFacts({ network, resource: r }: { network: Network; resource: NetworkResource }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>Saved</CardTitle>
        <CardDescription>Policies reach this resource through its groups.</CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-4">
        <KeyValueList
          items={[
            {
              label: 'Address',
              value: (
                <span className="inline-flex items-center gap-1 font-mono text-xs">
                  {r.address}
                  <CopyButton value={r.address} label="Copy address" />
                </span>
              ),
            },
            { label: 'Type', value: <ResourceTypeBadge resource={r} /> },
            { label: 'Status', value: <EnabledBadge enabled={r.enabled} /> },
            {
              label: 'Network',
              value: (
                <Link to={networkPath(network.id)} className="hover:underline">
                  {network.name}
                </Link>
              ),
            },
            { label: 'Resource ID', value: <span className="font-mono text-xs">{r.id}</span> },
          ]}
        />
        <GroupBadges groups={r.groups} max={50} />
      </CardContent>
    </Card>
  );
}
