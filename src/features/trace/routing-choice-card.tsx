import { CheckIcon } from 'lucide-react';
import { Badge, type BadgeProps } from '@/components/ui/badge';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import type { AccountIndex } from '@/domain/account';
import { assertNever } from '@/domain/assert-never';
import { routeRef, type RoutingChoiceLabel, type RoutingChoiceRow, type TraceRef, type TraceRoutingChoice } from '@/domain/trace';
import { LinkedMessage, RefLink } from './ref-link';

function labelBadge(label: RoutingChoiceLabel): { text: string; variant: BadgeProps['variant'] } {
  switch (label) {
    case 'primary':
      return { text: 'Primary', variant: 'success' };
    case 'latency-balanced':
      return { text: 'By latency', variant: 'info' };
    case 'standby':
      return { text: 'Standby', variant: 'secondary' };
    case 'unavailable':
      return { text: 'Unavailable', variant: 'destructive' };
    case 'not-connected':
      return { text: 'Not connected', variant: 'warning' };
    default:
      return assertNever(label);
  }
}

/** viaRef: the router or legacy route behind a candidate (an exit node's route links to its exit node page). */
function viaRef(index: AccountIndex, row: RoutingChoiceRow): TraceRef {
  if (row.via.kind === 'router') return { type: 'router', id: row.via.id, network_id: row.via.network_id };
  const route = index.routes.get(row.via.id);
  return route === undefined ? { type: 'route', id: row.via.id } : routeRef(index, route);
}

function linkState(row: RoutingChoiceRow): string {
  if (row.status === null) return 'no policy link';
  const status = row.status === 'connecting' ? 'offline or connecting' : row.status;
  return row.status === 'connected' ? `${status}, ${row.relayed ? 'relayed' : 'direct'}` : status;
}

/**
 * RoutingChoiceCard: why this routing peer carries the packet: the choice in one sentence and
 * every candidate in the order the client ranks them, with the router or route behind each.
 */
export function RoutingChoiceCard({ index, choice }: { index: AccountIndex; choice: TraceRoutingChoice }) {
  return (
    <Card aria-label="Routing peer choice">
      <CardHeader>
        <CardTitle>Why this routing peer</CardTitle>
        <CardDescription>
          <LinkedMessage index={index} message={choice.explanation} />
        </CardDescription>
      </CardHeader>
      {choice.rows.length > 0 ? (
        <CardContent padding="none" className="overflow-x-auto">
          <Table aria-label="Routing peer candidates">
            <TableHeader>
              <TableRow>
                <TableHead className="w-10 pl-5">#</TableHead>
                <TableHead>Routing peer</TableHead>
                <TableHead>Role</TableHead>
                <TableHead>Link</TableHead>
                <TableHead align="right">Metric</TableHead>
                <TableHead align="right" className="pr-5">Latency</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {choice.rows.map((row) => {
                const badge = labelBadge(row.label);
                return (
                  <TableRow key={row.peerId} aria-current={row.chosen || undefined} className={row.chosen ? 'bg-success/5' : undefined}>
                    <TableCell className="pl-5 text-muted-foreground">{row.rank ?? '—'}</TableCell>
                    <TableCell>
                      <span className="flex items-center gap-1.5">
                        <RefLink index={index} target={{ type: 'peer', id: row.peerId }} />
                        {row.chosen ? (
                          <>
                            <CheckIcon className="size-4 text-success" aria-hidden="true" />
                            <span className="sr-only">(chosen)</span>
                          </>
                        ) : null}
                      </span>
                      <span className="block text-xs text-muted-foreground">
                        via{' '}
                        <RefLink
                          index={index}
                          weight="normal"
                          target={viaRef(index, row)}
                        >
                          {row.via.id}
                        </RefLink>
                      </span>
                    </TableCell>
                    <TableCell>
                      <Badge variant={badge.variant}>{badge.text}</Badge>
                    </TableCell>
                    <TableCell className="text-muted-foreground">{linkState(row)}</TableCell>
                    <TableCell className="text-right tabular-nums">{row.metric}</TableCell>
                    <TableCell className="pr-5 text-right tabular-nums">{row.latency_ms !== null && row.latency_ms > 0 ? `${row.latency_ms} ms` : '—'}</TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </CardContent>
      ) : null}
    </Card>
  );
}
