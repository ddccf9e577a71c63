import { groupsOfPeer, peersOfGroup, routingPeerIds, type AccountIndex } from '@/domain/account';
import type { SnapRoute } from '@/domain/snapshot';
import { exitNodeRoute } from './exit-node-route';
import { finding, inScope, ref, type Finding, type LintScope } from './finding';
import { icmpPolicyDraft, type FixSuggestion } from './fix';
import { capitalize, groupList, peerList, routeDestination, routingPeerSpec } from './names';
import { peerReach } from './peer-reach';

/**
 * exit-nodes: the docs' exit-node specifics. Clients must be allowed at least ICMP to the exit
 * node's routing peers, or they never connect to it; their DNS should go to a primary nameserver
 * group (match domain ALL), or queries to local resolvers reveal where they are; masquerade is
 * required, because internet-bound traffic must leave with the exit node's address.
 */

const exitLabel = (index: AccountIndex, route: SnapRoute): string =>
  `exit node "${route.network_id}" (${routeDestination(route)}) via ${routingPeerSpec(index, route)}`;

/**
 * clientGroups: the distribution groups holding at least one peer other than the exit node's own
 * routing peers; an empty group, or one holding only the exit node itself, has nobody to break.
 */
function clientGroups(index: AccountIndex, ids: readonly string[], routingPeers: ReadonlySet<string>): string[] {
  return [...new Set(ids)].filter((g) => {
    for (const p of peersOfGroup(index, g)) if (!routingPeers.has(p)) return true;
    return false;
  });
}

function icmpFinding(index: AccountIndex, route: SnapRoute): Finding | null {
  const targets = routingPeerIds(index, route);
  if (targets.length === 0) return null;
  const reach = peerReach(index, targets, (r) => r.protocol === 'icmp' || r.protocol === 'all');
  const missing = clientGroups(index, route.groups, new Set(targets)).filter((g) => !reach.reachesFromGroup(g));
  if (missing.length === 0) return null;
  const peerGroups = route.peer_groups ?? [];
  const fix: FixSuggestion = {
    kind: 'create-policy',
    policy: icmpPolicyDraft(
      `ICMP to exit node ${route.network_id}`,
      missing,
      peerGroups.length > 0 ? { peerGroups } : { peer: route.peer ?? targets[0] ?? '' },
    ),
  };
  return finding(
    'exit-node-missing-icmp-policy',
    `No enabled policy allows ICMP (or all traffic) from ${groupList(index, missing, 'or')} to the routing peer of ${exitLabel(index, route)}: those clients never connect to it, so the exit node cannot carry their traffic. The minimum policy for an exit node is ICMP from the distribution groups to the routing peer group.`,
    [ref('route', route.id), ...missing.map((g) => ref('group', g)), ...targets.map((p) => ref('peer', p))],
    fix,
  );
}

interface PrimaryDns {
  groups: ReadonlySet<string>;
  nameserverGroupIds: readonly string[];
  disabled: ReadonlySet<string>;
  /** The members of each distribution group without primary DNS, in member order; shared by every exit route naming the group. */
  uncovered: Map<string, readonly string[]>;
}

function primaryDnsOf(index: AccountIndex): PrimaryDns {
  const groups = new Set<string>();
  const ids: string[] = [];
  for (const ns of index.snapshot.nameservers) {
    if (!ns.enabled || !ns.primary) continue;
    ids.push(ns.id);
    for (const g of ns.groups) groups.add(g);
  }
  return { groups, nameserverGroupIds: ids, disabled: new Set(index.snapshot.dns_settings.disabled_management_groups), uncovered: new Map() };
}

/** getsPrimaryDns: the peer is in a primary nameserver group's distribution and DNS management is not disabled for it. */
function getsPrimaryDns(index: AccountIndex, dns: PrimaryDns, peerId: string): boolean {
  let primary = false;
  for (const g of groupsOfPeer(index, peerId)) {
    if (dns.disabled.has(g)) return false;
    if (dns.groups.has(g)) primary = true;
  }
  return primary;
}

/** uncoveredMembers: the group's members that get no primary DNS, computed once per group (All has every peer). */
function uncoveredMembers(index: AccountIndex, dns: PrimaryDns, groupId: string): readonly string[] {
  let list = dns.uncovered.get(groupId);
  if (list === undefined) {
    const out: string[] = [];
    for (const p of peersOfGroup(index, groupId)) if (!getsPrimaryDns(index, dns, p)) out.push(p);
    dns.uncovered.set(groupId, (list = out));
  }
  return list;
}

/**
 * dnsFinding: the distribution peers that would use the exit node without a primary nameserver
 * group. Judged peer by peer: one traveler left out of the DNS distribution leaks even when
 * another member of Travelers is covered through a second group.
 */
function dnsFinding(index: AccountIndex, route: SnapRoute, dns: PrimaryDns): Finding | null {
  const routingPeers = new Set(routingPeerIds(index, route));
  const leakingGroups: string[] = [];
  const leakingPeers = new Set<string>();
  for (const g of new Set(route.groups)) {
    let leaks = false;
    for (const p of uncoveredMembers(index, dns, g)) {
      if (routingPeers.has(p)) continue;
      leaks = true;
      leakingPeers.add(p);
    }
    if (leaks) leakingGroups.push(g);
  }
  if (leakingGroups.length === 0) return null;
  const peers = [...leakingPeers];
  const only = dns.nameserverGroupIds.length === 1 && dns.disabled.size === 0 ? dns.nameserverGroupIds[0] : undefined;
  const fix: FixSuggestion | undefined = only === undefined ? undefined : { kind: 'add-nameserver-group-groups', nameserverGroupId: only, groupIds: leakingGroups };
  return finding(
    'exit-node-dns-leak',
    `${capitalize(exitLabel(index, route))} serves ${groupList(index, leakingGroups, 'and')}, but ${peerList(index, peers)} ${peers.length === 1 ? 'gets' : 'get'} no primary nameserver group (match domain ALL): their DNS queries go to local resolvers, outside the tunnel, and reveal their location. Set a DNS server with match domain ALL for ${leakingGroups.length === 1 ? 'this group' : 'these groups'}.`,
    [ref('route', route.id), ...leakingGroups.map((g) => ref('group', g)), ...(only === undefined ? [] : [ref('nameserver_group', only)]), ...peers.map((p) => ref('peer', p))],
    fix,
  );
}

/** lintExitNodes: exit-node-missing-icmp-policy, exit-node-dns-leak and exit-node-masquerade-off for every enabled exit node route. */
export function lintExitNodes(index: AccountIndex, scope?: LintScope): Finding[] {
  const out: Finding[] = [];
  let dns: PrimaryDns | undefined;
  for (const route of index.snapshot.routes) {
    if (!route.enabled || !exitNodeRoute(route)) continue;
    if (scope?.type === 'route' && scope.id !== route.id) continue;
    const icmp = icmpFinding(index, route);
    if (icmp !== null) out.push(icmp);
    dns ??= primaryDnsOf(index);
    const leak = dnsFinding(index, route, dns);
    if (leak !== null) out.push(leak);
    if (!route.masquerade) {
      out.push(
        finding(
          'exit-node-masquerade-off',
          `Masquerade is off on ${exitLabel(index, route)}: an exit node needs masquerade, because internet-bound traffic must leave with the exit node's own address (the internet has no route back to NetBird's range).`,
          [ref('route', route.id)],
          { kind: 'set-route-masquerade', routeId: route.id, value: true },
        ),
      );
    }
  }
  return inScope(out, scope);
}
