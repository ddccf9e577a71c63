import { Link } from '@/lib/router';
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';

/**
 * NetworksBanner: the docs' advice on every legacy route page: Network Routes stay supported, but
 * are only needed for exit nodes and site-to-site; Networks deny by default and type resources.
 */
export function NetworksBanner() {
  return (
    <Alert variant="info" className="mb-4">
      <AlertTitle>Prefer Networks for everything except exit nodes and site-to-site</AlertTitle>
      <AlertDescription>
        <p>
          Network routes stay supported, but their ACL groups are optional: a route without them opens its whole destination to every distribution group peer.
          Networks require groups for routing peers and resources and deny traffic until a policy allows it.{' '}
          <Link to="/networks" className="font-medium text-primary hover:underline">
            Open Networks
          </Link>
        </p>
      </AlertDescription>
    </Alert>
  );
}
