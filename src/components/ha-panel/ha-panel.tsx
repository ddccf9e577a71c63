import { ShieldCheckIcon, ShieldOffIcon } from 'lucide-react';
import { Link } from '@/lib/router';
import { haBadgeOn } from '@/domain/routing/ha-status';
import type { HaRow, HaRowLabel, HaView } from '@/domain/routing/ha-view';
import { StatusDot } from '../status-dot';
import { Badge } from '../ui/badge';
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from '../ui/card';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '../ui/table';
import { DrainDialog, type HaDrainActions } from './drain-dialog';
import { flagText, haStatusText, RANK_LABEL_TEXT, RANKING_EXPLANATION } from './ha-text';

const LABEL_VARIANT: Record<HaRowLabel, 'success' | 'info' | 'secondary' | 'destructive' | 'outline'> = {
  primary: 'success',
  'latency-balanced': 'info',
  standby: 'secondary',
  unavailable: 'destructive',
  disabled: 'outline',
};

export interface HaPanelProps {
  view: HaView;
  /** "Routing peers of Datacenter", "HA route set dc-lan". */
  subject: string;
  /** Given, each routing peer gets a Drain action (maintenance). */
  drain?: HaDrainActions;
}

function PeerRow({ row, drain }: { row: HaRow; drain: HaDrainActions | undefined }) {
  return (
    <TableRow>
      <TableCell className="tabular-nums">{row.rank ?? '—'}</TableCell>
      <TableCell>
        <div className="flex flex-col gap-0.5">
          <Link to={`/peers/${encodeURIComponent(row.peerId)}`} className="font-medium hover:underline">
            {row.name}
          </Link>
          {row.carriers.some((c) => c.label !== row.name) ? (
            <span className="text-xs text-muted-foreground">via {row.carriers.map((c) => c.label).join(', ')}</span>
          ) : null}
        </div>
      </TableCell>
      <TableCell>
        <div className="flex flex-col gap-0.5">
          <Badge variant={LABEL_VARIANT[row.label]} className="w-fit">
            {row.label}
          </Badge>
          <span className="text-xs text-muted-foreground">{RANK_LABEL_TEXT[row.label]}</span>
        </div>
      </TableCell>
      <TableCell className="tabular-nums">{row.metric}</TableCell>
      <TableCell>
        <StatusDot connected={row.online} />
      </TableCell>
      <TableCell className="text-sm">{row.failureDomain ?? <span className="text-muted-foreground">unknown</span>}</TableCell>
      <TableCell>
        {row.flags.length > 0 ? (
          <ul className="flex flex-col gap-0.5 text-xs">
            {row.flags.map((f) => (
              <li key={f.kind} className="text-foreground">
                ⚠ {flagText(f)}
              </li>
            ))}
          </ul>
        ) : (
          <span className="text-xs text-muted-foreground">—</span>
        )}
      </TableCell>
      {drain ? (
        <TableCell className="text-right">
          <DrainDialog row={row} actions={drain} />
        </TableCell>
      ) : null}
    </TableRow>
  );
}

/**
 * HaPanel: the honest high-availability view of one network or legacy HA route set. The routing
 * peers in the order clients rank them, each labelled primary, standby or latency-balanced, with
 * what weakens HA (a peer counted twice, disabled or disconnected peers, one failure domain). The
 * HA badge is on only when the domain's haStatus says so, not because two routers exist.
 */
export function HaPanel({ view, subject, drain }: HaPanelProps) {
  const on = haBadgeOn(view.status);
  return (
    <Card aria-label="High availability">
      <CardHeader>
        <div className="flex flex-wrap items-center gap-2">
          <CardTitle>High availability</CardTitle>
          {on ? (
            <Badge variant="success" aria-label="HA badge: highly available">
              <ShieldCheckIcon aria-hidden="true" /> HA
            </Badge>
          ) : (
            <Badge variant="outline" aria-label="HA badge: not highly available">
              <ShieldOffIcon aria-hidden="true" /> No HA
            </Badge>
          )}
        </div>
        <CardDescription>{subject}</CardDescription>
        <p className="text-sm" data-testid="ha-status">
          {haStatusText(view.status)}
        </p>
        {view.emptyCarriers.length > 0 ? (
          <p className="text-sm text-muted-foreground">
            {view.emptyCarriers.map((c) => c.label).join(', ')} {view.emptyCarriers.length === 1 ? 'stands' : 'stand'} for no peer.
          </p>
        ) : null}
      </CardHeader>
      <CardContent padding="none">
        {view.rows.length === 0 ? (
          <p className="px-5 py-4 text-sm text-muted-foreground">No routing peers.</p>
        ) : (
          <Table aria-label="Client ranking">
            <TableHeader>
              <TableRow className="hover:bg-transparent">
                <TableHead>Rank</TableHead>
                <TableHead>Routing peer</TableHead>
                <TableHead>Role</TableHead>
                <TableHead>Metric</TableHead>
                <TableHead>Status</TableHead>
                <TableHead>Failure domain</TableHead>
                <TableHead>Flags</TableHead>
                {drain ? <TableHead align="right">Maintenance</TableHead> : null}
              </TableRow>
            </TableHeader>
            <TableBody>
              {view.rows.map((row) => (
                <PeerRow key={row.peerId} row={row} drain={drain} />
              ))}
            </TableBody>
          </Table>
        )}
      </CardContent>
      <CardFooter>
        <p className="text-xs text-muted-foreground">{RANKING_EXPLANATION}</p>
      </CardFooter>
    </Card>
  );
}
