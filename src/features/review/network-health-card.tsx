import { ShieldCheckIcon, ShieldOffIcon } from 'lucide-react';
import { Link } from 'react-router';
import { haStatusText } from '@/components/ha-panel';
import { Badge } from '@/components/ui/badge';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import type { NetworkHealth } from '@/domain/review/review-report';
import { haBadgeOn } from '@/domain/routing/ha-status';
import { SEVERITIES } from '@/domain/review/group-findings';
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
 * NetworkHealthCard: one line per network: how many of its enabled resources some source can
 * reach (a policy targets them and a routing peer serves them), the honest HA status, and how
 * many findings concern it, linked to the network.
 */
export function NetworkHealthCard({ networks }: { networks: readonly NetworkHealth[] }) {
  return (
    <Card aria-labelledby="review-networks">
      <CardHeader>
        <CardTitle id="review-networks">Network health</CardTitle>
        <CardDescription>Reachable resources, high availability and findings of each network.</CardDescription>
      </CardHeader>
      <CardContent>
        {networks.length === 0 ? (
          <p className="text-sm text-muted-foreground">This account has no networks.</p>
        ) : (
          <div className="overflow-x-auto rounded-lg border">
            <Table aria-label="Network health">
              <TableHeader>
                <TableRow className="hover:bg-transparent">
                  <TableHead>Network</TableHead>
                  <TableHead>Resources</TableHead>
                  <TableHead>Routing peers</TableHead>
                  <TableHead>High availability</TableHead>
                  <TableHead>Findings</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {networks.map((h) => {
                  const on = haBadgeOn(h.ha);
                  const counts = SEVERITIES.filter((s) => h.findings[s] > 0);
                  return (
                    <TableRow key={h.id}>
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
                })}
              </TableBody>
            </Table>
          </div>
        )}
      </CardContent>
    </Card>
  );
}
