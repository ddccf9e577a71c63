import type { AccountIndex } from '@/domain/account';
import { classifyResourceAddress, parseDomain } from '@/domain/net';
import type { SnapAccountSettings } from '@/domain/snapshot';
import { finding, inScope, ref, type Finding, type FindingRef, type LintScope } from './finding';
import { joinList, networkLabel, peerList, resourceLabel } from './names';
import { resourceDomain } from './resource-addresses';
import { servingUnitsOf, unitLabel, unitRefs, type ServingUnit } from './serving-units';

/**
 * domain-routing: routing by name. Wildcard domain resources need Routing Peer DNS Resolution
 * (the routing peer, not the client, resolves the names); and one name served by two networks or
 * routes with different routing peers leaves clients with two routes for it, so which routing
 * peer resolves and carries it is not defined.
 */

/** routingPeerDnsOn: the account setting; NetBird's older servers omit it, which means off. */
export const routingPeerDnsOn = (settings: Pick<SnapAccountSettings, 'routing_peer_dns_resolution_enabled'>): boolean =>
  settings.routing_peer_dns_resolution_enabled === true;

/** isWildcardAddress: a resource address such as "*.corp.example". */
export function isWildcardAddress(address: string): boolean {
  const a = classifyResourceAddress(address);
  return a.ok && a.value.wildcard;
}

/** needsRoutingPeerDns: the address is a wildcard domain and Routing Peer DNS Resolution is off (the resource cannot work yet). */
export function needsRoutingPeerDns(address: string, settings: Pick<SnapAccountSettings, 'routing_peer_dns_resolution_enabled'>): boolean {
  return !routingPeerDnsOn(settings) && isWildcardAddress(address);
}

function wildcardFindings(index: AccountIndex, scope: LintScope | undefined): Finding[] {
  if (routingPeerDnsOn(index.snapshot.account.settings)) return [];
  const out: Finding[] = [];
  for (const r of index.resources.values()) {
    if (!r.enabled || r.type !== 'domain' || resourceDomain(index, r)?.wildcard !== true) continue;
    if (scope?.type === 'network' && scope.id !== r.network_id) continue;
    out.push(
      finding(
        'wildcard-domain-needs-routing-peer-dns',
        `Wildcard domain ${resourceLabel(r)} of ${networkLabel(index, r.network_id)} needs Routing Peer DNS Resolution, which is off: only the routing peer can resolve the names a wildcard covers. Enable Routing Peer DNS Resolution in the account's DNS settings.`,
        [ref('resource', r.id), ref('network', r.network_id), ref('account', index.snapshot.account.id)],
        { kind: 'enable-routing-peer-dns' },
      ),
    );
  }
  return out;
}

/** Server: one unit serving a name, and the resources or routes through which it does. */
interface Server {
  unit: ServingUnit;
  refs: FindingRef[];
}

/**
 * Servers of one name: almost every name has a single unit, so the first is kept inline and a
 * map is made only when a second unit serves the same name.
 */
interface Servers {
  first: Server;
  more: Map<ServingUnit, Server> | null;
}

function collisionFindings(index: AccountIndex): Finding[] {
  const units = servingUnitsOf(index);
  const byPattern = new Map<string, Servers>();
  const add = (pattern: string, unit: ServingUnit, objectRef: FindingRef) => {
    if (unit.peerIds.length === 0) return;
    const servers = byPattern.get(pattern);
    if (servers === undefined) {
      byPattern.set(pattern, { first: { unit, refs: [objectRef] }, more: null });
      return;
    }
    if (servers.first.unit === unit) {
      servers.first.refs.push(objectRef);
      return;
    }
    servers.more ??= new Map();
    const s = servers.more.get(unit);
    if (s === undefined) servers.more.set(unit, { unit, refs: [objectRef] });
    else s.refs.push(objectRef);
  };
  for (const r of index.resources.values()) {
    if (!r.enabled || r.type !== 'domain') continue;
    const domain = resourceDomain(index, r);
    const unit = units.networks.get(r.network_id);
    if (domain === null || unit === undefined) continue;
    add(domain.ascii, unit, ref('resource', r.id));
  }
  for (const unit of units.routeSets.values()) {
    for (const route of unit.enabledRoutes) {
      for (const d of route.domains ?? []) {
        const parsed = parseDomain(d, { allowWildcard: true });
        if (parsed.ok) add(parsed.value.ascii, unit, ref('route', route.id));
      }
    }
  }
  const peerKeys = new Map<ServingUnit, string>();
  const peerKey = (unit: ServingUnit): string => {
    let k = peerKeys.get(unit);
    if (k === undefined) {
      k = [...unit.peerIds].sort().join('\u0000');
      peerKeys.set(unit, k);
    }
    return k;
  };
  const out: Finding[] = [];
  for (const [pattern, servers] of byPattern) {
    if (servers.more === null) continue;
    const list = [servers.first, ...servers.more.values()];
    if (new Set(list.map((s) => peerKey(s.unit))).size < 2) continue;
    const named = list.map((s) => `${unitLabel(index, s.unit)} (via ${peerList(index, s.unit.peerIds)})`);
    out.push(
      finding(
        'wildcard-domain-collision',
        `${pattern.startsWith('*.') ? 'The wildcard' : 'The domain'} ${pattern} is served by ${joinList(named, 'and')}, with different routing peers: a client that receives both has two routes for the same name, and which routing peer resolves and carries it is not defined. Serve each domain from one network or route.`,
        list.flatMap((s) => [...s.refs, ...unitRefs(s.unit)]),
      ),
    );
  }
  return out;
}

/** lintDomainRouting: wildcard-domain-needs-routing-peer-dns and wildcard-domain-collision. */
export function lintDomainRouting(index: AccountIndex, scope?: LintScope): Finding[] {
  return inScope([...wildcardFindings(index, scope), ...collisionFindings(index)], scope);
}
