import type { ReactNode } from 'react';
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';

/**
 * RouteAclAlert: the strong warning of a route without ACL groups (routeAclEditorWarning's
 * sentence), with its two fixes: restrict the route with ACL groups, or move the destination to a
 * Network, where traffic is denied until a policy allows it.
 */
export function RouteAclAlert({ warning, onAddAclGroups, migrate }: { warning: string; onAddAclGroups: () => void; migrate?: ReactNode }) {
  return (
    <Alert variant="warning">
      <AlertTitle size="lg">{warning}.</AlertTitle>
      <AlertDescription>
        <p>
          This route has no ACL groups, so no policy restricts it. Set ACL groups on the route (then only policies whose destination is an ACL group let traffic
          through), or move the destination to a Network, where traffic is denied until a policy allows it.
        </p>
        <div className="mt-2 flex flex-wrap gap-2">
          <Button size="sm" variant="outline" onClick={onAddAclGroups}>
            Add ACL groups
          </Button>
          {migrate}
        </div>
      </AlertDescription>
    </Alert>
  );
}
