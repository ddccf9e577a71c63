import type { AccountIndex } from '@/domain/account';
import { classifyResourceAddress, parseDomain } from '@/domain/net';
import { routeIndexOf } from '@/domain/routing/route-index';
import type { SnapAccountSettings } from '@/domain/snapshot';
import { finding, inScope, ref, type Finding, type FindingRef, type LintScope } from './finding';
import { joinList, networkLabel, peerList, resourceLabel } from './names';
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
  const addresses = routeIndexOf(index).resourceAddress;
  const out: Finding[] = [];
  for (const r of index.resources.values()) {
    if (!r.enabled || addresses.get(r.id)?.wildcard !== true) continue;
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

interface Server {
  unit: ServingUnit;
  peerKey: string;
  refs: FindingRef[];
}

const unitKeyOf = (unit: ServingUnit): string => (unit.kind === 'network' ? `n:${unit.network.id}` : `r:${unit.key}`);

function collisionFindings(index: AccountIndex): Finding[] {
  const units = servingUnitsOf(index);
  const addresses = routeIndexOf(index).resourceAddress;
  // pattern -> unit key -> the unit serving it (first object wins; more objects only add refs)
  const byPattern = new Map<string, Map<string, Server>>();
  const peerKeys = new Map<ServingUnit, string>();
  const add = (pattern: string, unit: ServingUnit, objectRef: FindingRef) => {
    if (unit.peerIds.length === 0) return;
    let peerKey = peerKeys.get(unit);
    if (peerKey === undefined) {
      peerKey = [...unit.peerIds].sort().join('\u0000');
      peerKeys.set(unit, peerKey);
    }
    let servers = byPattern.get(pattern);
    if (servers === undefined) byPattern.set(pattern, (servers = new Map()));
    const key = unitKeyOf(unit);
    const s = servers.get(key);
    if (s === undefined) servers.set(key, { unit, peerKey, refs: [objectRef] });
    else s.refs.push(objectRef);
  };
  for (const r of index.resources.values()) {
    const domain = addresses.get(r.id)?.domain;
    const unit = units.networks.get(r.network_id);
    if (!r.enabled || domain == null || unit === undefined) continue;
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
  const out: Finding[] = [];
  for (const [pattern, servers] of byPattern) {
    if (servers.size < 2) continue;
    const list = [...servers.values()];
    if (new Set(list.map((s) => s.peerKey)).size < 2) continue;
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
