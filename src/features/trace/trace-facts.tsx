import type { ReactNode } from 'react';
import { KeyValueList, type KeyValueItem } from '@/components/key-value-list';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import type { AccountIndex } from '@/domain/account';
import { pathRef, type TraceResult } from '@/domain/trace';
import { chainText, pathKindText } from './reason-text';
import { RefLink } from './ref-link';

const none = <span className="text-muted-foreground">None</span>;

/** policyValue: the deciding policy, or why there is none (a route without ACL groups needs none). */
function policyValue(index: AccountIndex, result: TraceResult): ReactNode {
  if (result.policy !== null) return <RefLink index={index} target={{ type: 'policy', id: result.policy }} />;
  if (result.verdict === 'allowed' && result.chain === 'forward') return <span className="text-muted-foreground">Not needed: the route has no ACL groups</span>;
  if (result.reason === 'no-policy') return <span className="text-destructive">No policy matches</span>;
  return none;
}

/**
 * TraceFacts: every object that decided the packet, each linked: destination, network, routing
 * peer, chain, policy, and NAT.
 */
export function TraceFacts({ index, result }: { index: AccountIndex; result: TraceResult }) {
  const dest = pathRef(index, result.path);
  const items: KeyValueItem[] = [{ label: 'Path', value: pathKindText(result.path.kind) }];
  if (dest !== null) items.push({ label: 'Destination', value: <RefLink index={index} target={dest} /> });
  if (result.path.kind === 'network-resource' && result.path.network_id !== null) {
    items.push({ label: 'Network', value: <RefLink index={index} target={{ type: 'network', id: result.path.network_id }} /> });
  }
  if (result.path.kind !== 'peer' && result.path.kind !== 'none') {
    const lan = result.routing_peer === null ? undefined : index.lab(result.routing_peer).lan_ip;
    items.push({
      label: 'Routing peer',
      value:
        result.routing_peer === null ? (
          <span className="text-destructive">None reachable</span>
        ) : (
          <span>
            <RefLink index={index} target={{ type: 'peer', id: result.routing_peer }} />
            {lan !== undefined ? <span className="ml-2 font-mono text-xs text-muted-foreground">LAN {lan}</span> : null}
          </span>
        ),
    });
  }
  items.push({ label: 'Chain', value: result.chain === null ? none : chainText(result.chain) });
  items.push({ label: 'Policy', value: policyValue(index, result) });
  if (result.path.kind !== 'peer') {
    items.push({ label: 'Masquerade', value: result.masquerade === null ? none : result.masquerade ? 'On' : 'Off' });
    items.push({
      label: 'Source after NAT',
      value:
        result.source_after_nat !== null ? (
          <span className="font-mono">{result.source_after_nat}</span>
        ) : result.masquerade === true && result.verdict === 'allowed' ? (
          <span className="text-muted-foreground">The routing peer's LAN address (not known: no lab LAN IP)</span>
        ) : (
          none
        ),
    });
  }
  return (
    <Card aria-label="Deciding objects">
      <CardHeader>
        <CardTitle>Deciding objects</CardTitle>
      </CardHeader>
      <CardContent>
        <KeyValueList items={items} />
      </CardContent>
    </Card>
  );
}
