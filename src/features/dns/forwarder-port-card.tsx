import { useSuspenseQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Link } from '@/lib/router';
import { queries, useApiClient } from '@/api';
import { Badge } from '@/components/ui/badge';
import { DNS_FORWARDER_MIN_VERSION, dnsForwarderPort } from '@/domain/dns/forwarder-port';
import { pluralize } from '@/lib/format';

/**
 * ForwarderPort: the port clients send routed-domain queries to on a routing peer, and the peers
 * that keep the whole account on the legacy port.
 */
export function ForwarderPort() {
  const client = useApiClient();
  const { data: peers } = useSuspenseQuery(queries.peers(client));
  const decision = useMemo(() => dnsForwarderPort(peers), [peers]);
  return (
    <div className="flex flex-col gap-3 text-sm">
      <p className="flex flex-wrap items-center gap-2">
        <span>Clients use port</span>
        <Badge variant={decision.holdingPeers.length > 0 ? 'warning' : 'success'} size="code">
          {decision.port}
        </Badge>
      </p>
      {decision.noPeers ? (
        <p className="text-muted-foreground">The account has no peers yet, so NetBird keeps the legacy port 5353.</p>
      ) : decision.holdingPeers.length === 0 ? (
        <p className="text-muted-foreground">Every peer runs {DNS_FORWARDER_MIN_VERSION} or newer, so the account uses the new port.</p>
      ) : (
        <>
          <p className="text-muted-foreground">
            The account moves to port 22054 only once every peer runs {DNS_FORWARDER_MIN_VERSION} or newer.{' '}
            {pluralize(decision.holdingPeers.length, 'peer holds', 'peers hold')} it on 5353; upgrade {decision.holdingPeers.length === 1 ? 'it' : 'them'} to
            move:
          </p>
          <ul className="flex flex-col gap-1" aria-label="Peers holding the account on port 5353">
            {decision.holdingPeers.map((p) => (
              <li key={p.id} className="flex flex-wrap items-center gap-2">
                <Link to={`/peers/${encodeURIComponent(p.id)}`} className="font-medium text-primary hover:underline">
                  {p.name}
                </Link>
                <span className="font-mono text-xs text-muted-foreground">{p.version || 'no version'}</span>
                {p.reason === 'unknown version' ? <Badge variant="outline">unknown version</Badge> : null}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
