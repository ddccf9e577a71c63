import { ShieldCheckIcon, ShieldOffIcon } from 'lucide-react';
import type { ComponentProps } from 'react';
import { Link } from '@/lib/router';
import { haStatusText } from '@/components/ha-panel';
import { Badge } from '@/components/ui/badge';
import { TableCell, TableRow } from '@/components/ui/table';
import { SEVERITIES } from '@/domain/review/group-findings';
import type { NetworkHealth } from '@/domain/review/review-report';
import { haBadgeOn } from '@/domain/routing/ha-status';
import { SeverityBadge } from './severity';

/** Short HA label for the table; the full sentence is the cell's description. */
function haLabel(h: NetworkHealth): string {
  switch (h.ha.kind) {
    case 'effective':
      return 'Highly available';
    case 'too-few-peers':
      return h.ha.peers === 0 ? 'No routing peer' : 'Single routing peer';
    case 'same-failure-domain':
      return 'One failure domain';
    case 'too-few-online':
      return 'Degraded';
  }
}

function Reachable({ h }: { h: NetworkHealth }) {
  const { enabled, reachable, total, unreachable } = h.resources;
  const disabled = total - enabled;
  return (
    <div className="flex flex-col gap-0.5">
      <span className={reachable < enabled ? 'font-medium text-destructive' : 'font-medium'}>
        {reachable} of {enabled} reachable
      </span>
      {unreachable.length > 0 ? (
        <span className="text-xs text-muted-foreground">Nobody reaches {unreachable.map((r) => r.name).join(', ')}</span>
      ) : null}
      {disabled > 0 ? <span className="text-xs text-muted-foreground">{disabled} disabled</span> : null}
    </div>
  );
}

/**
 * NetworkHealthRow: one network's line of the health table. Extra row props (a measuring ref, a
 * row index) come from the virtualized table; the plain table passes none.
 */
export function NetworkHealthRow({ h, ...rowProps }: { h: NetworkHealth } & ComponentProps<typeof TableRow>) {
  const on = haBadgeOn(h.ha);
  const counts = SEVERITIES.filter((s) => h.findings[s] > 0);
  return (
    <TableRow {...rowProps}>
      <TableCell>
        <Link to={`/networks/${encodeURIComponent(h.id)}`} className="font-medium text-primary hover:underline">
          {h.name}
        </Link>
      </TableCell>
      <TableCell>
        <Reachable h={h} />
      </TableCell>
      <TableCell className="tabular-nums">{h.routingPeers}</TableCell>
      <TableCell className="max-w-sm">
        <div className="flex flex-col gap-1">
          <Badge variant={on ? 'success' : 'outline'} className="w-fit">
            {on ? <ShieldCheckIcon aria-hidden="true" /> : <ShieldOffIcon aria-hidden="true" />}
            {haLabel(h)}
          </Badge>
          <span className="text-xs text-muted-foreground">{haStatusText(h.ha)}</span>
        </div>
      </TableCell>
      <TableCell>
        {counts.length === 0 ? (
          <span className="text-sm text-muted-foreground">None</span>
        ) : (
          <div className="flex flex-wrap gap-1">
            {counts.map((s) => (
              <SeverityBadge key={s} severity={s} count={h.findings[s]} />
            ))}
          </div>
        )}
      </TableCell>
    </TableRow>
  );
}
