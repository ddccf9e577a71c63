import { describe, expect, it } from 'vitest';
import { buildAccountIndex } from '@/domain/account';
import { snapshotBuilder } from '@/domain/testing/snapshot-builder';
import { buildRuleset } from './build-ruleset';
import { dnsForwarderOf } from './dns-forwarder';
import { renderRuleset } from './render-nft';
import { servedBy } from './served';

/** A routing peer `gw` with a bit of everything the chains distinguish. */
function account() {
  return snapshotBuilder()
    .peer('gw', { ip: '100.64.0.1', groups: ['routers'] })
    .peer('alice', { ip: '100.64.0.10', groups: ['eng', 'admins'] })
    .peer('bob', { ip: '100.64.0.11', groups: ['eng'] })
    .peer('eve', { ip: '100.64.0.12', groups: ['contractors'] })
    .network('lan', {
      name: 'Office',
      routers: [{ id: 'r-gw', peer: 'gw' }],
      resources: [{ id: 'res-lan', name: 'LAN', address: '10.0.0.0/16', groups: ['office'] }],
    })
    .network('dc', { name: 'DC', routers: [{ id: 'r-dc', peerGroups: ['routers'], masquerade: false }], resources: [{ id: 'res-db', name: 'DB', address: '172.16.5.5', groups: ['db'] }] })
    .policy('Eng to office', { id: 'pol-lan', sources: ['eng'], destinations: ['office'] })
    .policy('No contractors', { id: 'pol-deny', sources: ['contractors'], destinations: ['office'], action: 'drop' })
    .policy('DB port', { id: 'pol-db', sources: ['eng'], destinations: ['db'], protocol: 'tcp', ports: ['5432'] })
    .policy('SSH to gw', { id: 'pol-ssh', sources: ['admins'], destinations: ['routers'], protocol: 'tcp', ports: ['22', '9000-9100'] })
    .policy('gw pings admins', { id: 'pol-ping', sources: ['routers'], destinations: ['admins'], protocol: 'icmp', bidirectional: true })
    .route('lab', { id: 'route-lab', network: '192.168.50.0/24', peer: 'gw', groups: ['contractors'] })
    .policy('Printing', { id: 'pol-print', sources: ['eng'], destinations: ['printer-acl'], protocol: 'tcp', ports: ['631'] })
    .route('printers', { id: 'route-printers', network: '192.168.60.0/24', peer: 'gw', groups: ['eng'], acl: ['printer-acl'] })
    .build();
}

describe('buildRuleset', () => {
  it('renders the ruleset of a routing peer as nft list ruleset, each rule with the policy that produced it', () => {
    expect(renderRuleset(buildRuleset(buildAccountIndex(account()), 'gw'))).toBe(
      [
        'table inet netbird {',
        '\tset nb-src-1 {',
        '\t\ttype ipv4_addr',
        '\t\tcomment "peers of admins"',
        '\t\telements = { 100.64.0.10 }',
        '\t}',
        '',
        '\tset nb-src-2 {',
        '\t\ttype ipv4_addr',
        '\t\tcomment "peers of contractors"',
        '\t\telements = { 100.64.0.12 }',
        '\t}',
        '',
        '\tset nb-src-3 {',
        '\t\ttype ipv4_addr',
        '\t\tcomment "peers of eng"',
        '\t\telements = { 100.64.0.10, 100.64.0.11 }',
        '\t}',
        '',
        '\tchain netbird-acl-input {',
        '\t\ttype filter hook input priority filter; policy accept;',
        '\t\tiifname "wt0" ct state established,related accept comment "replies to connections already allowed"',
        `\t\tiifname "wt0" ip saddr @nb-src-1 tcp dport { 22, 9000-9100 } accept comment "policy 'SSH to gw' (pol-ssh)"`,
        `\t\tiifname "wt0" ip saddr @nb-src-1 meta l4proto { icmp, ipv6-icmp } accept comment "policy 'gw pings admins' (pol-ping) (bidirectional, reverse direction)"`,
        '\t\tiifname "wt0" drop comment "default deny: no peer policy allows it"',
        '\t}',
        '',
        '\tchain netbird-rt-fwd {',
        '\t\ttype filter hook forward priority filter; policy accept;',
        '\t\tiifname "wt0" ct state established,related accept comment "replies to connections already allowed"',
        `\t\tiifname "wt0" ip saddr @nb-src-2 ip daddr 10.0.0.0/16 drop comment "policy 'No contractors' (pol-deny) to resource 'LAN' (network Office)"`,
        `\t\tiifname "wt0" ip saddr @nb-src-3 ip daddr 10.0.0.0/16 accept comment "policy 'Eng to office' (pol-lan) to resource 'LAN' (network Office)"`,
        `\t\tiifname "wt0" ip saddr @nb-src-3 ip daddr 172.16.5.5/32 tcp dport 5432 accept comment "policy 'DB port' (pol-db) to resource 'DB' (network DC)"`,
        `\t\tiifname "wt0" ip daddr 192.168.50.0/24 accept comment "route 'lab' (route-lab) has no ACL groups: default permit for every source"`,
        `\t\tiifname "wt0" ip saddr @nb-src-3 ip daddr 192.168.60.0/24 tcp dport 631 accept comment "policy 'Printing' (pol-print) via ACL groups of route 'printers' (route-printers)"`,
        '\t\tiifname "wt0" drop comment "default deny for routed traffic"',
        '\t}',
        '',
        '\tchain netbird-rt-postrouting {',
        '\t\ttype nat hook postrouting priority srcnat; policy accept;',
        '\t\tiifname "wt0" oifname != "wt0" ip saddr 100.64.0.0/10 ip daddr 10.0.0.0/16 masquerade comment "router r-gw of network Office: masquerade on"',
        `\t\tiifname "wt0" oifname != "wt0" ip saddr 100.64.0.0/10 ip daddr 192.168.50.0/24 masquerade comment "route 'lab' (route-lab): masquerade on"`,
        `\t\tiifname "wt0" oifname != "wt0" ip saddr 100.64.0.0/10 ip daddr 192.168.60.0/24 masquerade comment "route 'printers' (route-printers): masquerade on"`,
        '\t}',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('gives a client only its input chain', () => {
    const rs = buildRuleset(buildAccountIndex(account()), 'alice');
    expect(rs.tables[0]?.chains.map((c) => c.name)).toEqual(['netbird-acl-input']);
    // the ICMP policy from the routing peers' group admits gw into alice's input chain
    expect(rs.tables[0]?.chains[0]?.rules.map((r) => r.origin)).toEqual([
      { kind: 'stateful' },
      { kind: 'policy', policyId: 'pol-ping', ruleId: 'gw pings admins-rule-1' },
      { kind: 'default-deny' },
    ]);
  });

  it('follows policy edits: a disabled policy leaves the ruleset', () => {
    const s = account();
    const before = renderRuleset(buildRuleset(buildAccountIndex(s), 'gw'));
    const edited = { ...s, policies: s.policies.map((p) => (p.id === 'pol-lan' ? { ...p, enabled: false } : p)) };
    const after = renderRuleset(buildRuleset(buildAccountIndex(edited), 'gw'));
    expect(before).toContain("policy 'Eng to office' (pol-lan)");
    expect(after).not.toContain("policy 'Eng to office' (pol-lan)");
    expect(after).toContain("policy 'DB port' (pol-db)");
  });
});

describe('a routing peer that only routes (the docs’ input-chain pitfall)', () => {
  /** Like the demo's office-gw: a LAN and a wildcard domain, no peer policy towards the gateway, one old client. */
  const index = buildAccountIndex(
    snapshotBuilder()
      .peer('office-gw', { groups: ['office-routers'], lanIp: '10.10.0.2' })
      .peer('alice', { ip: '100.64.0.10', groups: ['eng'] })
      .peer('bob', { ip: '100.64.0.11', groups: ['eng'], version: '0.58.2' })
      .network('office', { name: 'Office', routers: [{ peerGroups: ['office-routers'] }], resources: [{ id: 'res-lan', name: 'Office LAN', address: '10.10.0.0/16', groups: ['office-lan'] }] })
      .network('web', { name: 'Internal web', routers: [{ peerGroups: ['office-routers'] }], resources: [{ id: 'res-web', name: 'Internal sites', address: '*.internal.example', groups: ['web'] }] })
      .policy('Engineers to Office LAN', { id: 'pol-office', sources: ['eng'], destinations: ['office-lan'] })
      .policy('Engineers to internal sites', { id: 'pol-web', sources: ['eng'], destinations: ['web'], protocol: 'tcp', ports: ['80', '443'] })
      .dns('wiki.internal.example', ['10.10.8.20'])
      .routingPeerDnsResolution(true)
      .build(),
  );

  it('admits nothing to itself but replies and DNS: no peer policy targets it', () => {
    const input = buildRuleset(index, 'office-gw').tables[0]?.chains.find((c) => c.hook === 'input');
    expect(input?.rules.map((r) => r.origin.kind)).toEqual(['stateful', 'dns-forwarder', 'default-deny']);
  });

  it('forwards the LAN and the resolved wildcard addresses for the Engineers, and redirects the legacy DNS port', () => {
    const text = renderRuleset(buildRuleset(index, 'office-gw'));
    expect(text).toContain(`ip daddr 10.10.0.0/16 accept comment "policy 'Engineers to Office LAN' (pol-office) to resource 'Office LAN' (network Office)"`);
    expect(text).toContain('comment "addresses of *.internal.example, filled as they resolve"\n\t\telements = { 10.10.8.20 }');
    expect(text).toContain(`ip saddr @nb-src-1 ip daddr @nb-dom-1 tcp dport { 80, 443 } accept`);
    expect(text).toContain('iifname "wt0" meta l4proto { tcp, udp } th dport 5353 redirect to :22054');
    expect(text).toContain('iifname "wt0" oifname != "wt0" ip saddr 100.64.0.0/10 ip daddr @nb-dom-1 masquerade');
  });
});

describe('dnsForwarderOf', () => {
  const build = (versions: { gw: string; client: string }, rpdr = true) =>
    buildAccountIndex(
      snapshotBuilder()
        .peer('gw', { version: versions.gw, groups: ['routers'] })
        .peer('c', { version: versions.client, groups: ['eng'] })
        .network('web', { routers: [{ peerGroups: ['routers'] }], resources: [{ id: 'res-web', address: '*.corp.example', groups: ['web'] }] })
        .policy('p', { sources: ['eng'], destinations: ['web'] })
        .routingPeerDnsResolution(rpdr)
        .build(),
    );
  const fwd = (index: ReturnType<typeof build>) => dnsForwarderOf(index, 'gw', servedBy(index, 'gw'));

  it('listens on 22054 without a redirect once every peer is on 0.59.0 or newer', () => {
    expect(fwd(build({ gw: '0.60.0', client: '0.59.0' }))).toMatchObject({ running: true, domains: ['*.corp.example'], clientPort: 22054, listenPort: 22054, dnat: null });
  });

  it('redirects 5353 to 22054 on a new agent while an old client holds the account on 5353', () => {
    expect(fwd(build({ gw: '0.60.0', client: '0.58.2' }))).toMatchObject({ clientPort: 5353, listenPort: 22054, dnat: { from: 5353, to: 22054 } });
  });

  it('an old routing peer listens on 5353 itself', () => {
    expect(fwd(build({ gw: '0.58.0', client: '0.60.0' }))).toMatchObject({ clientPort: 5353, listenPort: 5353, dnat: null });
  });

  it('does not run when Routing Peer DNS Resolution is off', () => {
    expect(fwd(build({ gw: '0.60.0', client: '0.60.0' }, false))).toMatchObject({
      running: false,
      notRunning: 'Routing Peer DNS Resolution is off: clients resolve routed names themselves',
      dnat: null,
    });
  });
});
