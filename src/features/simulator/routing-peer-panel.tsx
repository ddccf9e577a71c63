import { Badge } from '@/components/ui/badge';
import { dnsForwarderText, forwardingText, routingPeerView, type ViewContext } from '@/domain/sim';
import { TextBlock } from './text-block';

const KIND: Readonly<Record<'network' | 'route' | 'exit-node', string>> = { network: 'network', route: 'network route', 'exit-node': 'exit node' };

/** RoutingPeerPanel: what a routing peer's host needs (forwarding, DNS forwarder) and installs (ruleset), and whom it carries now. */
export function RoutingPeerPanel({ ctx, peerId, peerName }: { ctx: ViewContext; peerId: string; peerName: string }) {
  const view = routingPeerView(ctx, peerId);
  const name = (id: string) => ctx.index.peers.get(id)?.name ?? id;
  const ruleset = <TextBlock label={`Firewall ruleset of ${peerName}`} command="nft list ruleset" text={view.rulesetText} />;
  if (!view.routing) {
    return (
      <div className="flex flex-col gap-4">
        <p className="text-sm text-muted-foreground">{peerName} routes for nobody: no enabled network router or route names it, so it installs only its input chain.</p>
        {ruleset}
      </div>
    );
  }
  return (
    <div className="flex flex-col gap-4">
      <ul aria-label="Routes it serves" className="flex flex-col gap-1 text-sm">
        {view.served.map((s) => (
          <li key={`${s.kind}-${s.id}`} className="flex flex-wrap items-center gap-2">
            <span className="font-medium">{s.label}</span>
            <Badge variant="outline">{KIND[s.kind]}</Badge>
            <span className="text-muted-foreground">
              metric {s.metric} · masquerade {s.masquerade ? 'on' : 'off'} · carries {s.carrying.length === 0 ? 'nobody' : s.carrying.map(name).join(', ')} now
            </span>
          </li>
        ))}
      </ul>
      <TextBlock label="IP forwarding" text={`${forwardingText(view.forwarding)}\n`} />
      <TextBlock label="DNS forwarder" text={`${dnsForwarderText(view.dns)}\n`} />
      {ruleset}
    </div>
  );
}
