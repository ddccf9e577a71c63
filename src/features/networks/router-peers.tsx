import { Link } from '@/lib/router';
import type { Group, Peer } from '@/api';
import { GroupBadges } from '@/components/group-badges';
import { StatusDot } from '@/components/status-dot';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { indexById } from '@/lib/index-by-id';
import { peerPath } from './paths';
import type { RouterTarget } from './router-label';

/** The peers a router puts to work: the one peer, or every member of its peer groups. */
function routingPeers(target: RouterTarget, groups: readonly Group[], peers: readonly Peer[]): { id: string; name: string; peer: Peer | undefined }[] {
  const peersById = indexById(peers);
  switch (target.kind) {
    case 'peer':
      return [{ id: target.peerId, name: target.name, peer: target.peer }];
    case 'groups': {
      const groupsById = indexById(groups);
      const seen = new Map<string, { id: string; name: string; peer: Peer | undefined }>();
      for (const ref of target.groups) {
        for (const m of groupsById.get(ref.id)?.peers ?? []) seen.set(m.id, { id: m.id, name: m.name, peer: peersById.get(m.id) });
      }
      return [...seen.values()].sort((a, b) => a.name.localeCompare(b.name));
    }
    case 'none':
      return [];
  }
}

/** RouterPeers: who forwards the traffic, with each peer's connection state, since only connected peers route. */
export function RouterPeers({ target, groups, peers }: { target: RouterTarget; groups: readonly Group[]; peers: readonly Peer[] }) {
  const list = routingPeers(target, groups, peers);
  return (
    <Card>
      <CardHeader>
        <CardTitle>{target.kind === 'groups' ? 'Peer groups' : 'Peer'}</CardTitle>
        <CardDescription>
          {target.kind === 'groups' ? 'Every peer in these groups routes for the network.' : 'The single peer that routes for the network.'}
        </CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-4">
        {target.kind === 'groups' ? <GroupBadges groups={target.groups} max={20} /> : null}
        {list.length === 0 ? (
          <p className="text-sm text-muted-foreground">No peers: nothing routes for this network through this entry.</p>
        ) : (
          <ul className="flex flex-col divide-y" aria-label="Routing peers">
            {list.map((p) => (
              <li key={p.id} className="flex items-center justify-between gap-3 py-2">
                <Link to={peerPath(p.id)} className="font-medium hover:underline">
                  {p.name}
                </Link>
                <span className="flex items-center gap-3 text-sm text-muted-foreground">
                  {p.peer ? (
                    <>
                      <span className="font-mono text-xs">{p.peer.ip}</span>
                      <span>{p.peer.os}</span>
                      <StatusDot connected={p.peer.connected} />
                    </>
                  ) : (
                    'Unknown peer'
                  )}
                </span>
              </li>
            ))}
          </ul>
        )}
      </CardContent>
    </Card>
  );
}
