import { describe, expect, it } from 'vitest';
import { buildAccountIndex } from '@/domain/account';
import type { Snapshot } from '@/domain/snapshot';
import { snapshotBuilder } from '@/domain/testing/snapshot-builder';
import { builtinScenario } from '../builtins';
import { prepareSimulation } from '../prepare';
import { runPrepared } from '../run-simulation';
import type { SimScenario } from '../scenario';
import { labAccount } from '../testing/lab-account';
import { exitNodeOf, renderExitNode } from './exit-node-view';
import { networksList, renderNetworks } from './networks-view';
import { dnsForwarderText, forwardingText, routingPeerView } from './routing-peer-view';
import { renderRoutingTable, routingTable } from './routing-table-view';
import { peerStatus, renderStatus } from './status-view';
import { viewContext } from './view-context';

/** The per-peer views during a failover: what an admin would see on each host. */
const account = labAccount();
const failover = (() => {
  const b = builtinScenario('failover')?.build(buildAccountIndex(account));
  if (!b?.ok) throw new Error('failover');
  const prep = prepareSimulation(account, b.value.scenario);
  return { prep, result: runPrepared(prep) };
})();
const at = (t: number) => viewContext(failover.prep, failover.result, t);
const still: SimScenario = { duration_s: 60, events: [], seed: 1, relayed_switch_delay: { kind: 'after', seconds: 30 } };
const still0 = (s: Snapshot) => {
  const prep = prepareSimulation(s, still);
  return viewContext(prep, runPrepared(prep), 0);
};

describe('status -d', () => {
  it('shows the primary connecting and the standby carrying the datacenter during the outage', () => {
    const ctx = at(100);
    const s = peerStatus(ctx, 'alice');
    expect(s.peers.map((p) => [p.fqdn, p.status, p.connection, p.latency_ms, p.networks])).toEqual([
      ['dc-a', 'Connecting', null, null, []],
      ['dc-b', 'Connected', 'P2P', null, ['172.16.0.0/16']],
      ['eu-gw', 'Connected', 'P2P', 14, ['10.40.0.0/16']],
      ['us-gw', 'Connected', 'P2P', 96, []],
    ]);
    expect(renderStatus(ctx, s)).toBe(
      [
        'Peers detail:',
        ' dc-a:',
        '  NetBird IP: 100.64.0.2',
        '  Status: Connecting',
        '  -- detail --',
        '  Connection type: -',
        '  Networks: -',
        '  Latency: 0s',
        '',
        ' dc-b:',
        '  NetBird IP: 100.64.0.3',
        '  Status: Connected',
        '  -- detail --',
        '  Connection type: P2P',
        '  Networks: 172.16.0.0/16',
        '  Latency: 0s',
        '',
        ' eu-gw:',
        '  NetBird IP: 100.64.0.4',
        '  Status: Connected',
        '  -- detail --',
        '  Connection type: P2P',
        '  Networks: 10.40.0.0/16',
        '  Latency: 14ms',
        '',
        ' us-gw:',
        '  NetBird IP: 100.64.0.5',
        '  Status: Connected',
        '  -- detail --',
        '  Connection type: P2P',
        '  Networks: -',
        '  Latency: 96ms',
        '',
        'OS: linux',
        'Daemon version: 0.60.0',
        'Management: Connected',
        'Signal: Connected',
        'FQDN: alice',
        'NetBird IP: 100.64.0.7/10',
        'Networks: 172.16.0.0/16, 10.40.0.0/16',
        'Peers count: 3/4 Connected',
        '',
      ].join('\n'),
    );
  });

  it('after failback the primary carries it again', () => {
    const s = peerStatus(at(300), 'alice');
    expect(s.peers.find((p) => p.id === 'dc-a')?.networks).toEqual(['172.16.0.0/16']);
    expect(s.peers.find((p) => p.id === 'dc-b')?.networks).toEqual([]);
  });

  it('a stopped peer connects to nobody', () => {
    const s = peerStatus(at(100), 'dc-a');
    expect(s.online).toBe(false);
    expect(s.peers.map((p) => [p.id, p.status])).toEqual([
      ['alice', 'Connecting'],
      ['bob', 'Connecting'],
      ['carol', 'Connecting'],
    ]);
    expect(renderStatus(at(100), s)).toContain('Management: Disconnected\n');
  });
});

describe('networks ls and the routing table', () => {
  it('lists the networks a client receives by resource name, selected', () => {
    const entries = networksList(at(100), 'alice');
    expect(renderNetworks(entries)).toBe(
      'Available Networks:\n\n  - ID: DC core\n    Network: 172.16.0.0/16\n    Status: Selected\n\n  - ID: Shared services\n    Network: 10.40.0.0/16\n    Status: Selected\n',
    );
  });

  it('shows a domain with the addresses the lab resolves it to', () => {
    const s = snapshotBuilder()
      .peer('gw', { groups: ['routers'] })
      .peer('c', { groups: ['eng'] })
      .network('apps', { routers: [{ peerGroups: ['routers'] }], resources: [{ id: 'app', name: 'App', address: 'app.corp.example', groups: ['apps'] }] })
      .policy('p', { sources: ['eng'], destinations: ['apps'] })
      .dns('app.corp.example', ['10.20.3.4'])
      .build();
    const ctx = still0(s);
    expect(renderNetworks(networksList(ctx, 'c'))).toBe('Available Networks:\n\n  - ID: App\n    Domains: app.corp.example\n    Resolved IPs: 10.20.3.4\n    Status: Selected\n');
    expect(renderRoutingTable(ctx, routingTable(ctx, 'c'))).toBe('10.20.3.4/32 dev wt0 proto static scope link  # App via gw\n');
  });

  it('routes the datacenter through the standby during the outage', () => {
    const ctx = at(100);
    expect(renderRoutingTable(ctx, routingTable(ctx, 'alice'))).toBe(
      '172.16.0.0/16 dev wt0 proto static scope link  # DC core via dc-b\n10.40.0.0/16 dev wt0 proto static scope link  # Shared services via eu-gw\n',
    );
  });

  it('an exit node that is not active is not selected, and a route with no routing peer is not installed', () => {
    const s = snapshotBuilder()
      .peer('x1', { groups: ['exits'] })
      .peer('x2', { groups: ['exits'] })
      .peer('t', { groups: ['travelers'] })
      .policy('icmp', { sources: ['travelers'], destinations: ['exits'], protocol: 'icmp' })
      .exitNode('exit-a', { peer: 'x1', groups: ['travelers'] })
      .exitNode('exit-b', { peer: 'x2', groups: ['travelers'] })
      .route('lab', { network: '192.168.50.0/24', peer: 'x2', groups: ['travelers'], enabled: true })
      .build();
    const lab = { peers: { x2: { online: false } } };
    const ctx = still0({ ...s, lab });
    expect(networksList(ctx, 't').map((e) => [e.id, e.selected])).toEqual([
      ['exit-a', true],
      ['exit-b', false],
      ['lab', true],
    ]);
    expect(renderRoutingTable(ctx, routingTable(ctx, 't'))).toBe('default dev wt0 proto static scope link  # exit-a via x1\n# not installed: lab (no routing peer available)\n');
    expect(renderExitNode(ctx, exitNodeOf(ctx, 't'))).toBe('Exit node: exit-a (auto-applied) via x1\n');
  });
});

describe('exit node', () => {
  it('names the exit node a traveler uses, and says why none carries it', () => {
    expect(renderExitNode(at(0), exitNodeOf(at(0), 'grace'))).toBe('Exit node: exit-eu (auto-applied) via exit-1\n');
    expect(exitNodeOf(at(0), 'alice')).toEqual({ id: null, autoApplied: false, via: null, problem: null });
    const unlinked = still0({ ...account, policies: account.policies.filter((p) => p.id !== 'pol-exit') });
    expect(renderExitNode(unlinked, exitNodeOf(unlinked, 'grace'))).toBe(
      'Exit node: exit-eu (auto-applied), not in use: no enabled policy links it with exit-1 (an exit node needs at least an ICMP policy)\n',
    );
  });
});

describe('routing peer', () => {
  it('names the clients it carries now, its forwarding need, DNS forwarder and ruleset', () => {
    const during = routingPeerView(at(100), 'dc-b');
    expect(during.served).toEqual([{ kind: 'network', id: 'dc', label: 'Datacenter', metric: 100, masquerade: true, carrying: ['alice', 'bob', 'carol'] }]);
    expect(routingPeerView(at(300), 'dc-b').served[0]?.carrying).toEqual([]);
    expect(forwardingText(during.forwarding)).toBe(
      'IP forwarding: required (the agent enables it; in a container, set it on the host)\n  $ sudo sysctl -w net.ipv4.ip_forward=1\n  $ sudo sysctl -w net.ipv6.conf.all.forwarding=1',
    );
    expect(dnsForwarderText(during.dns)).toBe('DNS forwarder: not running (it serves no domain resource or domain route)');
    expect(during.rulesetText).toContain(`ip daddr 172.16.0.0/16 tcp dport { 22, 443 } accept comment "policy 'Engineers to Datacenter' (pol-dc) to resource 'DC core' (network Datacenter)"`);
    expect(routingPeerView(at(0), 'alice').routing).toBe(false);
  });

  it('shows the DNS forwarder with its port redirect while an old client holds the account on 5353', () => {
    const s = snapshotBuilder()
      .peer('gw', { groups: ['routers'], version: '0.60.2' })
      .peer('old', { groups: ['eng'], version: '0.58.2' })
      .network('web', { routers: [{ peerGroups: ['routers'] }], resources: [{ id: 'web', address: '*.internal.example', groups: ['web'] }] })
      .policy('p', { sources: ['eng'], destinations: ['web'] })
      .routingPeerDnsResolution(true)
      .build();
    expect(dnsForwarderText(routingPeerView(still0(s), 'gw').dns)).toBe('DNS forwarder: listening on port 22054 for *.internal.example\n  DNAT 5353 → 22054 (clients of this account still query 5353)');
  });

  it('needs no forwarding setup on Windows, and forwards in userspace elsewhere', () => {
    const s = snapshotBuilder().peer('win', { os: 'windows' }).peer('mac', { os: 'darwin' }).build();
    expect(forwardingText(routingPeerView(still0(s), 'win').forwarding)).toBe('IP forwarding: no setup needed on Windows');
    expect(forwardingText(routingPeerView(still0(s), 'mac').forwarding)).toBe('IP forwarding: the agent forwards in userspace on this platform');
  });
});
