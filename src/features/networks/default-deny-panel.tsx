import { Link } from '@/lib/router';
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';
import { defaultDenyReport, type UnreachableReason } from '@/domain/rules/editor/default-deny';
import { resourcePath } from './paths';
import { useAccount } from './use-account';

const REASON_TEXT: Record<UnreachableReason, string> = {
  'no-policy': 'no policy allows it',
  'no-routing-peer': 'no routing peer carries traffic',
};

/**
 * DefaultDenyPanel: Networks deny traffic until a policy permits it. Lists the network's enabled
 * resources nobody can reach and why (the linter's resource-without-policy and
 * network-without-routing-peer findings).
 */
export function DefaultDenyPanel({ networkId }: { networkId: string }) {
  const { index } = useAccount();
  const report = defaultDenyReport(index, networkId);
  if (report.unreachable.length === 0) return null;
  return (
    <Alert variant="warning" className="mb-6">
      <AlertTitle>Nobody can reach {report.unreachable.length === 1 ? 'this resource' : `these ${report.unreachable.length} resources`}</AlertTitle>
      <AlertDescription>
        <p>Networks deny by default: traffic to a resource is dropped until a policy names it (or one of its groups) as destination, and a routing peer carries it.</p>
        <ul className="mt-1 ml-5 list-disc" aria-label="Unreachable resources">
          {report.unreachable.map((r) => (
            <li key={r.id}>
              <Link to={resourcePath(networkId, r.id)} className="font-medium text-foreground hover:underline">
                {r.name}
              </Link>{' '}
              ({r.address}): {r.reasons.map((x) => REASON_TEXT[x]).join(', and ')}
            </li>
          ))}
        </ul>
      </AlertDescription>
    </Alert>
  );
}
