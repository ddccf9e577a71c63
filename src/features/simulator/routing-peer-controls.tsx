import { CableIcon, PlayIcon, SquareIcon, TimerIcon, WifiIcon } from 'lucide-react';
import { useMemo } from 'react';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import {
  addLatencyEvents,
  clientsByRoutingPeer,
  formatClock,
  peerControlState,
  routingPeerList,
  setOnlineEvent,
  setRelayedEvents,
  type SimEvent,
  type SimWorld,
} from '@/domain/sim';

/** ADDED_LATENCY_MS: what one press of "Add latency" adds to every client's link to the peer. */
const ADDED_LATENCY_MS = 50;

/**
 * RoutingPeerControls: every routing peer with its state at the current time, and the buttons
 * that add an event there: stop/start it, make its links relayed/direct, add latency.
 */
export function RoutingPeerControls({ world, onEvents }: { world: SimWorld; onEvents: (events: readonly SimEvent[]) => void }) {
  const { index } = world;
  const peers = useMemo(() => routingPeerList(index), [index]);
  const clients = useMemo(() => clientsByRoutingPeer(index), [index]);
  const at = formatClock(world.t);
  return (
    <Card aria-label="Routing peers">
      <CardHeader>
        <CardTitle>Routing peers</CardTitle>
        <CardDescription>Each button adds an event at {at}; clients re-evaluate at once and every 30 s.</CardDescription>
      </CardHeader>
      <CardContent padding="none" className="flex flex-col divide-y">
        {peers.length === 0 ? <p className="px-5 py-4 text-sm text-muted-foreground">The account has no routing peer.</p> : null}
        {peers.map(({ peerId, serves }) => {
          const name = index.peers.get(peerId)?.name ?? peerId;
          const mine = clients.get(peerId) ?? [];
          const state = peerControlState(world, peerId, mine);
          const relayed = state.relayed > 0;
          return (
            <div key={peerId} role="group" aria-label={name} className="flex flex-wrap items-center gap-x-4 gap-y-2 px-5 py-3">
              <div className="flex min-w-48 flex-1 flex-col gap-0.5">
                <div className="flex items-center gap-2">
                  <span className="font-medium">{name}</span>
                  <Badge variant={state.online ? 'success' : 'destructive'}>{state.online ? 'online' : 'stopped'}</Badge>
                  {relayed ? <Badge variant="warning">relayed for {state.relayed}</Badge> : null}
                </div>
                <span className="text-xs text-muted-foreground">
                  {serves.join(', ')} · {state.clients} client{state.clients === 1 ? '' : 's'}
                </span>
              </div>
              <div className="flex flex-wrap gap-2">
                <Button size="sm" variant={state.online ? 'outline' : 'default'} onClick={() => onEvents([setOnlineEvent(peerId, world.t, !state.online)])}>
                  {state.online ? <SquareIcon aria-hidden="true" /> : <PlayIcon aria-hidden="true" />}
                  {state.online ? 'Stop' : 'Start'}
                </Button>
                <Button size="sm" variant="outline" disabled={mine.length === 0} onClick={() => onEvents(setRelayedEvents(peerId, mine, world.t, !relayed))}>
                  {relayed ? <CableIcon aria-hidden="true" /> : <WifiIcon aria-hidden="true" />}
                  {relayed ? 'Make direct' : 'Make relayed'}
                </Button>
                <Button size="sm" variant="outline" disabled={mine.length === 0} onClick={() => onEvents(addLatencyEvents(world, peerId, mine, ADDED_LATENCY_MS))}>
                  <TimerIcon aria-hidden="true" />
                  Add {ADDED_LATENCY_MS} ms latency
                </Button>
              </div>
            </div>
          );
        })}
      </CardContent>
    </Card>
  );
}
