import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from '@/lib/router';
import { queries, useApiClient, type GroupMinimum, type ResourceRef } from '@/api';
import { GroupBadges } from '@/components/group-badges';
import { Badge } from '@/components/ui/badge';
import type { LocatedResource } from '@/components/lookups/use-resource-index';

/**
 * RuleEndpoint: one side of a policy rule: its groups as badges, or the single resource (or peer)
 * it names, as a link to that object's page.
 */
export function RuleEndpoint({
  groups,
  resource,
  resources,
}: {
  groups: readonly GroupMinimum[];
  resource: ResourceRef | null | undefined;
  resources: ReadonlyMap<string, LocatedResource>;
}) {
  if (!resource) return <GroupBadges groups={groups} max={8} />;
  if (resource.type === 'peer') return <PeerLink peerId={resource.id} />;
  const located = resources.get(resource.id);
  if (!located) {
    return (
      <span className="text-sm">
        <Badge variant="outline">{resource.type}</Badge> <span className="font-mono text-muted-foreground">{resource.id}</span> (resource not found)
      </span>
    );
  }
  const { resource: r, networkId, networkName } = located;
  return (
    <span className="inline-flex flex-wrap items-center gap-1.5 text-sm">
      <Badge variant="info">{r.type}</Badge>
      <Link to={`/networks/${encodeURIComponent(networkId)}/resources/${encodeURIComponent(r.id)}`} className="font-medium text-primary hover:underline">
        {r.name}
      </Link>
      <span className="font-mono text-xs text-muted-foreground">{r.address}</span>
      <span className="text-muted-foreground">in network {networkName}</span>
    </span>
  );
}

/** PeerLink: a rule that targets one peer names it by id; the peer list gives its name. */
function PeerLink({ peerId }: { peerId: string }) {
  const client = useApiClient();
  const { data: peers } = useSuspenseQuery(queries.peers(client));
  const peer = peers.find((p) => p.id === peerId);
  return (
    <span className="inline-flex items-center gap-1.5 text-sm">
      <Badge variant="outline">peer</Badge>
      <Link to={`/peers/${encodeURIComponent(peerId)}`} className="font-medium text-primary hover:underline">
        {peer?.name ?? peerId}
      </Link>
    </span>
  );
}

/** endpointText: the same side as plain text, for list cells and search. */
export function endpointText(
  groups: readonly GroupMinimum[],
  resource: ResourceRef | null | undefined,
  resources: ReadonlyMap<string, LocatedResource>,
  peerName: (id: string) => string | undefined,
): string {
  if (!resource) return groups.map((g) => g.name).join(', ') || 'no groups';
  if (resource.type === 'peer') return `peer ${peerName(resource.id) ?? resource.id}`;
  return resources.get(resource.id)?.resource.name ?? resource.id;
}
