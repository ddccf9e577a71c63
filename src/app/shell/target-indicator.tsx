import { FlaskConicalIcon, GlobeIcon, TriangleAlertIcon } from 'lucide-react';
import { Link } from '@/lib/router';
import { Badge } from '@/components/ui/badge';
import type { ApiTargetChoice } from '@/components/target-settings';

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/**
 * TargetIndicator: which account the console shows, always in view. A clear "Demo" badge on the
 * embedded control plane, so nobody mistakes demo data for their network; the server's host
 * otherwise (and a warning when its token is gone, e.g. after the browser session ended).
 */
export function TargetIndicator({ target }: { target: ApiTargetChoice }) {
  switch (target.kind) {
    case 'embedded':
      return (
        // A native title rather than a Radix tooltip: the shell is on every first load (issue 8's budget),
        // and the aria-label already says the same to everyone. A solid pill of its own rather than a
        // restyled Badge: cn() does not resolve the conflicts such a restyle would create.
        <Link
          to="/settings"
          aria-label="Demo: embedded control plane (open Settings)"
          title="Embedded demo control plane: the account lives in this browser. Change it in Settings."
          className="inline-flex items-center gap-1 whitespace-nowrap rounded-md border border-warning bg-warning px-2.5 py-1 text-xs font-semibold text-neutral-950 transition-colors hover:bg-warning/85 [&_svg]:size-3 [&_svg]:shrink-0"
        >
          <FlaskConicalIcon aria-hidden="true" />
          Demo
        </Link>
      );
    case 'remote': {
      const host = hostOf(target.url);
      return (
        <div className="flex items-center gap-2">
          {target.token ? null : (
            <Badge variant="destructive" asChild>
              <Link to="/settings">
                <TriangleAlertIcon aria-hidden="true" />
                Token needed
              </Link>
            </Badge>
          )}
          <Badge variant="outline" size="md" asChild className="max-w-64">
            <Link to="/settings" aria-label={`Management API: ${host} (open Settings)`} title={target.url}>
              <GlobeIcon aria-hidden="true" />
              <span className="truncate">{host}</span>
            </Link>
          </Badge>
        </div>
      );
    }
  }
}
