import { describe, expect, it } from 'vitest';
import { buildAccountIndex } from '@/domain/account';
import { clockTicks, formatClock } from './clock';
import { addLatencyEvents, clientsOf, peerControlState, routingPeerList, setOnlineEvent, setRelayedEvents, withEvents } from './controls';
import { prepareSimulation, worldAt } from './prepare';
import { runPrepared } from './run-simulation';
import type { SimScenario } from './scenario';
import { labAccount } from './testing/lab-account';

const demo = labAccount();
const index = buildAccountIndex(demo);
const empty: SimScenario = { duration_s: 600, events: [], seed: 1, relayed_switch_delay: { kind: 'after', seconds: 30 } };

describe('page controls', () => {
  it('lists the routing peers with what they serve', () => {
    const list = routingPeerList(index);
    expect(list).toEqual([
      { peerId: 'dc-a', serves: ['Datacenter'] },
      { peerId: 'dc-b', serves: ['Datacenter'] },
      { peerId: 'eu-gw', serves: ['Global VPC'] },
      { peerId: 'us-gw', serves: ['Global VPC'] },
      { peerId: 'exit-1', serves: ['exit-eu'] },
    ]);
  });

  it('finds the clients that can pick a routing peer', () => {
    expect(clientsOf(index, 'dc-a')).toEqual(['alice', 'bob', 'carol']);
    // offline peers are clients too (they pick again when they come back)
    expect(clientsOf(index, 'eu-gw')).toEqual(['alice', 'bob', 'carol', 'erin', 'frank']);
    expect(clientsOf(index, 'exit-1')).toEqual(['grace']);
    // without a policy linking them, the travelers never connect to the exit node
    const unlinked = buildAccountIndex({ ...demo, policies: demo.policies.filter((p) => p.id !== 'pol-exit') });
    expect(clientsOf(unlinked, 'exit-1')).toEqual([]);
  });

  it('stopping the primary at the current time moves its clients; starting it moves them back', () => {
    const s = withEvents(withEvents(empty, [setOnlineEvent('dc-a', 60.4, false)]), [setOnlineEvent('dc-a', 240, true)]);
    const r = runPrepared(prepareSimulation(demo, s));
    expect(r.switches.map((x) => `${x.t} ${x.client} ${x.to}`)).toEqual(['60 alice dc-b', '60 bob dc-b', '60 carol dc-b', '240 alice dc-a', '240 bob dc-a', '240 carol dc-a']);
  });

  it('makes a routing peer relayed for all its clients, and raises their latency from where it is', () => {
    const clients = clientsOf(index, 'eu-gw');
    const relayed = withEvents(empty, setRelayedEvents('eu-gw', clients, 30, true));
    const prep = prepareSimulation(demo, relayed);
    const world = worldAt(prep, 45);
    expect(peerControlState(world, 'eu-gw', clients)).toEqual({ online: true, relayed: 5, clients: 5 });
    expect(peerControlState(worldAt(prep, 29), 'eu-gw', clients).relayed).toBe(0);
    expect(addLatencyEvents(world, 'eu-gw', ['alice', 'carol'], 50)).toEqual([
      { kind: 'link', t: 45, link: ['alice', 'eu-gw'], set: { latency_ms: 64 } },
      { kind: 'link', t: 45, link: ['carol', 'eu-gw'], set: { latency_ms: 142 } },
    ]);
  });
});

describe('clock', () => {
  it('formats seconds as m:ss and h:mm:ss', () => {
    expect([0, 59.9, 60, 605, 3600, 3725].map(formatClock)).toEqual(['0:00', '0:59', '1:00', '10:05', '1:00:00', '1:02:05']);
  });

  it('spaces axis marks at most a dozen intervals apart', () => {
    expect(clockTicks(600)).toEqual([0, 60, 120, 180, 240, 300, 360, 420, 480, 540, 600]);
    expect(clockTicks(3600)).toEqual([0, 300, 600, 900, 1200, 1500, 1800, 2100, 2400, 2700, 3000, 3300, 3600]);
  });
});
