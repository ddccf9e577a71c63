import { LogOutIcon } from 'lucide-react';
import { Link } from '@/lib/router';
import { EnabledBadge } from '@/components/enabled-badge';
import { Badge } from '@/components/ui/badge';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { routePath, routerPath } from './paths';
import type { NetworkRole, RoleVia, RouteRole } from './routing-roles';

function Via({ via }: { via: RoleVia }) {
  switch (via.kind) {
    case 'peer':
      return <span>This peer</span>;
    case 'groups':
      return <span>Group {via.groupNames.join(', ')}</span>;
  }
}

function NetworkRoles({ roles }: { roles: NetworkRole[] }) {
  return (
    <Table aria-label="Networks this peer routes for">
      <TableHeader>
        <TableRow>
          <TableHead>Network</TableHead>
          <TableHead>Assigned as</TableHead>
          <TableHead>Metric</TableHead>
          <TableHead>Masquerade</TableHead>
          <TableHead>Status</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {roles.map((r) => (
          <TableRow key={r.routerId}>
            <TableCell>
              {r.networkId ? (
                <Link to={routerPath(r.networkId, r.routerId)} className="font-medium hover:underline">
                  {r.networkName}
                </Link>
              ) : (
                r.networkName
              )}
            </TableCell>
            <TableCell>
              <Via via={r.via} />
            </TableCell>
            <TableCell>{r.metric}</TableCell>
            <TableCell>{r.masquerade ? 'On' : 'Off'}</TableCell>
            <TableCell>
              <EnabledBadge enabled={r.enabled} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function RouteRoles({ roles }: { roles: RouteRole[] }) {
  return (
    <Table aria-label="Network routes this peer serves">
      <TableHeader>
        <TableRow>
          <TableHead>Route</TableHead>
          <TableHead>Destination</TableHead>
          <TableHead>Assigned as</TableHead>
          <TableHead>Metric</TableHead>
          <TableHead>Status</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {roles.map((r) => (
          <TableRow key={r.routeId}>
            <TableCell>
              <Link to={routePath(r.routeId)} className="font-medium hover:underline">
                {r.networkId}
              </Link>
            </TableCell>
            <TableCell>
              <span className="inline-flex flex-wrap items-center gap-2">
                <span className="font-mono text-xs">{r.destination || '—'}</span>
                {r.exitNode ? (
                  <Badge variant="info">
                    <LogOutIcon aria-hidden="true" /> Exit node
                  </Badge>
                ) : null}
              </span>
            </TableCell>
            <TableCell>
              <Via via={r.via} />
            </TableCell>
            <TableCell>{r.metric}</TableCell>
            <TableCell>
              <EnabledBadge enabled={r.enabled} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** PeerRoutingRoles: the networks and legacy routes this peer forwards traffic for. */
export function PeerRoutingRoles({ networks, routes }: { networks: NetworkRole[]; routes: RouteRole[] }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>Routing</CardTitle>
        <CardDescription>
          {networks.length === 0 && routes.length === 0
            ? 'This peer is not a routing peer: no network or route names it or one of its groups.'
            : 'Networks and network routes this peer forwards traffic for, directly or through one of its groups.'}
        </CardDescription>
      </CardHeader>
      {networks.length > 0 || routes.length > 0 ? (
        <CardContent className="flex flex-col gap-6">
          {networks.length > 0 ? (
            <div className="flex flex-col gap-2">
              <h3 className="text-sm font-medium">Networks</h3>
              <div className="overflow-x-auto rounded-md border">
                <NetworkRoles roles={networks} />
              </div>
            </div>
          ) : null}
          {routes.length > 0 ? (
            <div className="flex flex-col gap-2">
              <h3 className="text-sm font-medium">Network routes</h3>
              <div className="overflow-x-auto rounded-md border">
                <RouteRoles roles={routes} />
              </div>
            </div>
          ) : null}
        </CardContent>
      ) : null}
    </Card>
  );
}

