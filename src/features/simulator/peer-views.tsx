import { useMemo } from 'react';
import { useSearchParams } from '@/lib/router';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { Tabs, TabsContent, TabsList, TabsTrigger } from '@/components/ui/tabs';
import {
  exitNodeOf,
  formatClock,
  networksList,
  NETBIRD_ROUTING_TABLE,
  peerStatus,
  renderExitNode,
  renderNetworks,
  renderRoutingTable,
  renderStatus,
  routingPeerList,
  routingTable,
  viewContext,
  type PreparedSim,
  type SimResult,
  type TrackIndex,
} from '@/domain/sim';
import { PeerSelect } from './peer-select';
import { RoutingPeerPanel } from './routing-peer-panel';
import { TextBlock } from './text-block';

interface Props {
  prep: PreparedSim;
  result: SimResult;
  tracks: TrackIndex;
  /** The clock, in whole seconds (the views do not change within a second). */
  second: number;
}

/**
 * PeerViews: what an admin would see on any simulated host at the current time: `netbird status
 * -d`, `netbird networks ls`, its routing table and exit node, and for a routing peer the
 * forwarding, DNS forwarder and nftables ruleset. The peer is kept in the address (?peer=).
 */
export function PeerViews({ prep, result, tracks, second }: Props) {
  const [params, setParams] = useSearchParams();
  const ctx = useMemo(() => viewContext(prep, result, second, tracks), [prep, result, second, tracks]);
  const { index } = ctx;
  const peers = useMemo(() => [...index.snapshot.peers].sort((a, b) => a.name.localeCompare(b.name)), [index]);
  const fallback = routingPeerList(index)[0]?.peerId ?? peers[0]?.id ?? null;
  const wanted = params.get('peer');
  const peerId = wanted !== null && index.peers.has(wanted) ? wanted : fallback;
  if (peerId === null) return null;
  const peerName = index.peers.get(peerId)?.name ?? peerId;
  const pick = (id: string) =>
    setParams(
      (p) => {
        p.set('peer', id);
        return p;
      },
      { replace: true },
    );

  return (
    <Card aria-label="Peer views">
      <CardHeader>
        <CardTitle>On the host</CardTitle>
        <CardDescription>What the NetBird agent on a peer would show and install at {formatClock(second)}.</CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-4">
        <PeerSelect label="Peer" peers={peers} value={peerId} onChange={pick} />
        <Tabs defaultValue="routing-peer">
          <TabsList className="flex-wrap">
            <TabsTrigger value="status">Status</TabsTrigger>
            <TabsTrigger value="networks">Networks</TabsTrigger>
            <TabsTrigger value="routes">Routing table</TabsTrigger>
            <TabsTrigger value="exit">Exit node</TabsTrigger>
            <TabsTrigger value="routing-peer">Routing peer & ruleset</TabsTrigger>
          </TabsList>
          <TabsContent value="status">
            <TextBlock label={`netbird status -d on ${peerName}`} command="netbird status -d" text={renderStatus(ctx, peerStatus(ctx, peerId))} />
          </TabsContent>
          <TabsContent value="networks">
            <TextBlock label={`netbird networks ls on ${peerName}`} command="netbird networks ls" text={renderNetworks(networksList(ctx, peerId))} />
          </TabsContent>
          <TabsContent value="routes">
            <TextBlock label={`Routing table of ${peerName}`} command={`ip route show table ${NETBIRD_ROUTING_TABLE}`} text={renderRoutingTable(ctx, routingTable(ctx, peerId))} />
          </TabsContent>
          <TabsContent value="exit">
            <TextBlock label={`Exit node of ${peerName}`} text={renderExitNode(ctx, exitNodeOf(ctx, peerId))} />
          </TabsContent>
          <TabsContent value="routing-peer" className="flex flex-col gap-4">
            <RoutingPeerPanel ctx={ctx} peerId={peerId} peerName={peerName} />
          </TabsContent>
        </Tabs>
      </CardContent>
    </Card>
  );
}
