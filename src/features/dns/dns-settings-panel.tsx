import { useSuspenseQuery } from '@tanstack/react-query';
import { queries, useApiClient } from '@/api';
import { GroupBadges } from '@/components/group-badges';
import { Badge } from '@/components/ui/badge';
import { useGroupRefs } from '@/components/lookups/use-group-refs';

/** DisabledManagementGroups: peers in these groups keep their own DNS configuration; NetBird does not manage it. */
export function DisabledManagementGroups() {
  const client = useApiClient();
  const { data: settings } = useSuspenseQuery(queries.dnsSettings(client));
  const groupRefs = useGroupRefs();
  return (
    <div className="flex flex-col gap-2 text-sm">
      <GroupBadges groups={groupRefs(settings.disabled_management_groups)} max={20} emptyText="None: NetBird manages DNS on every peer" />
      {settings.disabled_management_groups.length > 0 ? (
        <p className="text-muted-foreground">Peers of these groups get no nameserver groups and no routed-domain resolution from NetBird.</p>
      ) : null}
    </div>
  );
}

/** RoutingPeerDnsResolution: the account setting that moves resolution of routed domains to the routing peer. */
export function RoutingPeerDnsResolution() {
  const client = useApiClient();
  const { data: accounts } = useSuspenseQuery(queries.accounts(client));
  const enabled = accounts[0]?.settings.routing_peer_dns_resolution_enabled;
  return (
    <div className="flex flex-col gap-2 text-sm">
      <p className="flex items-center gap-2">
        {enabled === undefined ? (
          <Badge variant="outline">Not reported by this server</Badge>
        ) : enabled ? (
          <Badge variant="success">Enabled</Badge>
        ) : (
          <Badge variant="outline" className="text-muted-foreground">
            Disabled
          </Badge>
        )}
      </p>
      <p className="text-muted-foreground">
        When enabled, the routing peer resolves them instead of the client. Wildcard domain resources (such as *.internal.example) need it.
      </p>
    </div>
  );
}
