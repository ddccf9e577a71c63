import { useSuspenseQuery } from '@tanstack/react-query';
import { queries, useApiClient } from '@/api';
import { useUpdateAccount } from '@/api/mutations';
import { FormError } from '@/components/form';
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { needsRoutingPeerDns } from '@/domain/rules/lint/domain-routing';

/**
 * WildcardDnsAlert: a wildcard domain resource works only with Routing Peer DNS Resolution (the
 * routing peer, not the client, resolves the names a wildcard covers). Shown while the setting is
 * off, with a button that turns it on for the account. The rule is the linter's needsRoutingPeerDns.
 */
export function WildcardDnsAlert({ address }: { address: string }) {
  const client = useApiClient();
  const { data: accounts } = useSuspenseQuery(queries.accounts(client));
  const update = useUpdateAccount();
  const account = accounts[0];
  if (!account || !needsRoutingPeerDns(address, account.settings)) return null;
  const enable = () => update.mutate({ id: account.id, body: { settings: { ...account.settings, routing_peer_dns_resolution_enabled: true } } });
  return (
    <Alert variant="warning">
      <AlertTitle>Wildcard domains need Routing Peer DNS Resolution</AlertTitle>
      <AlertDescription>
        <p>
          Routing Peer DNS Resolution is off for this account. Only the routing peer can resolve the names a wildcard such as {address.trim()} covers, so
          this resource cannot work until it is on.
        </p>
        <Button type="button" size="sm" variant="outline" className="mt-2 w-fit" onClick={enable} disabled={update.isPending}>
          {update.isPending ? 'Enabling…' : 'Enable Routing Peer DNS Resolution'}
        </Button>
        <FormError error={update.error} title="Not enabled" />
      </AlertDescription>
    </Alert>
  );
}
