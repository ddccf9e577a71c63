import { KeyValueList, type KeyValueItem } from '@/components/key-value-list';
import { Badge } from '@/components/ui/badge';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import type { AccountIndex } from '@/domain/account';
import { DNS_FORWARDER_MIN_VERSION, DNS_FORWARDER_PORT, peersOnLegacyDnsPort } from '@/domain/routing';
import type { TraceDns } from '@/domain/trace';
import { pluralize } from '@/lib/format';
import { RefLink } from './ref-link';

/**
 * DnsCard: how the name was resolved: by a routing peer's DNS forwarder (and on which port, and
 * which peers hold the account on the legacy one), or by the client itself.
 */
export function DnsCard({ index, dns }: { index: AccountIndex; dns: TraceDns }) {
  const items: KeyValueItem[] = [
    { label: 'Name', value: <span className="font-mono">{dns.name}</span> },
    { label: 'Answers', value: dns.answers.length > 0 ? <span className="font-mono">{dns.answers.join(', ')}</span> : <span className="text-destructive">No answer</span> },
    {
      label: 'Resolved by',
      value:
        dns.resolver_peer !== null ? (
          <span>
            DNS forwarder of routing peer <RefLink index={index} target={{ type: 'peer', id: dns.resolver_peer }} />
          </span>
        ) : (
          <span className="text-muted-foreground">The client itself: it receives no route for this domain, or Routing Peer DNS Resolution is off</span>
        ),
    },
  ];
  if (dns.port !== null) {
    const holding = peersOnLegacyDnsPort(index);
    items.push({
      label: 'Port',
      value: (
        <span className="flex flex-col gap-1">
          <span>
            <Badge variant={dns.port === DNS_FORWARDER_PORT ? 'success' : 'warning'} size="code">
              {dns.port}
            </Badge>
          </span>
          <span className="text-xs text-muted-foreground">
            {holding.length === 0
              ? `Every peer runs ${DNS_FORWARDER_MIN_VERSION} or newer.`
              : `${pluralize(holding.length, 'peer runs', 'peers run')} older than ${DNS_FORWARDER_MIN_VERSION} (${holding
                  .slice(0, 4)
                  .map((p) => p.name)
                  .join(', ')}${holding.length > 4 ? ', …' : ''}), which keeps the account on 5353.`}
          </span>
        </span>
      ),
    });
  }
  return (
    <Card aria-label="DNS">
      <CardHeader>
        <CardTitle>DNS</CardTitle>
      </CardHeader>
      <CardContent>
        <KeyValueList items={items} />
      </CardContent>
    </Card>
  );
}
