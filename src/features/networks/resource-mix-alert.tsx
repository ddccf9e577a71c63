import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import type { ResourceMix } from '@/domain/rules/editor/resource-mix';

/**
 * ResourceMixAlert: the network would hold domain and IP resources. Explains the leak (the
 * routing peer filters forwarded traffic by destination IP, so a peer allowed to a range also
 * reaches every domain that resolves into it) and, for a new domain resource, offers to save it in
 * a dedicated network instead.
 */
export function ResourceMixAlert({
  mix,
  networkName,
  dedicatedName,
  onMove,
  moving,
}: {
  mix: ResourceMix;
  networkName: string;
  dedicatedName: string;
  /** Given when the one-click move is possible (a new resource). */
  onMove: (() => void) | undefined;
  moving: boolean;
}) {
  const others = mix.others.map((r) => `${r.name} (${r.address})`).join(', ');
  return (
    <Alert variant="warning">
      <AlertTitle>This network would mix domain and IP resources</AlertTitle>
      <AlertDescription>
        <p>
          {mix.draftIsDomain ? `${networkName} already holds IP resources: ${others}.` : `${networkName} already holds domain resources: ${others}.`} The
          routing peer enforces forwarded traffic by destination IP, so a peer allowed to an IP range also reaches every domain that resolves into
          it, even without a policy for the domain resource.
        </p>
        {mix.draftIsDomain ? (
          <p>Put the domain resource in a dedicated network with its own routing peers.</p>
        ) : (
          <p>Keep IP resources and domain resources in separate networks, each with its own routing peers.</p>
        )}
        {onMove ? (
          <div className="mt-2 flex flex-col gap-1">
            <Button type="button" variant="outline" size="sm" className="w-fit" onClick={onMove} disabled={moving}>
              {moving ? 'Creating…' : `Save in a new network “${dedicatedName}”`}
            </Button>
            <p className="text-xs">Creates the network and saves this resource there. Then add routing peers to it: without them nobody reaches it.</p>
          </div>
        ) : null}
      </AlertDescription>
    </Alert>
  );
}
