import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';

/** RoutingPeerHint: routing peers are headless servers; a setup key registers them without an interactive login. */
export function RoutingPeerHint() {
  return (
    <Alert variant="info">
      <AlertTitle>Register routing peers with setup keys</AlertTitle>
      <AlertDescription>
        <p>
          Routing peers usually run headless on servers, where nobody can complete an interactive login. A reusable setup key whose auto groups include the
          routing peer group enrolls each new routing peer straight into its role: <code className="font-mono text-xs">netbird up --setup-key &lt;KEY&gt;</code>.
        </p>
      </AlertDescription>
    </Alert>
  );
}
