import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';

/** ExitNodeFacts: what every exit node does regardless of its settings (how-routing-peers-work: Exit node mode). */
export function ExitNodeFacts() {
  return (
    <Alert variant="info">
      <AlertTitle>IPv6 is blocked on exit nodes to prevent leaks outside the tunnel</AlertTitle>
      <AlertDescription>
        <p>
          Internet-bound IPv4 traffic of the distribution groups leaves through the routing peer; IPv6 is dropped rather than sent around the tunnel. Masquerade is
          required in practice, clients need a policy allowing at least ICMP to the routing peer, and a nameserver group matching all domains keeps DNS from
          revealing the client’s location.
        </p>
      </AlertDescription>
    </Alert>
  );
}
