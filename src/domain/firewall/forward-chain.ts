import { rulesTowardResource, ruleIndexOf, type IndexedRule } from '@/domain/access/rule-index';
import type { SnapRoute } from '@/domain/snapshot';
import { resourceDestinations, routeDestinations, type Destination } from './destinations';
import { WG_IFACE, type NftChain, type NftRule } from './nft';
import { dropFirst, protocolMatch, ruleComment } from './rule-text';
import type { Served } from './served';
import { sourceSet, type SetRegistry } from './source-sets';

/**
 * forward-chain: packets routed through the peer to resources behind it. Network resource
 * policies apply here (per resource, by destination address, so every policy of every resource
 * covering an address applies together); a legacy route with ACL groups admits what the policies
 * towards those groups allow, and one without ACL groups admits every source (NetBird's default
 * permit, the docs' Zero Trust caveat).
 */

const IIF = `iifname "${WG_IFACE}"`;

function policyRules(reg: SetRegistry, rules: readonly IndexedRule[], dests: readonly Destination[], what: string): NftRule[] {
  const out: NftRule[] = [];
  for (const rule of dropFirst(rules)) {
    for (const d of dests) {
      const set = sourceSet(reg, { groups: rule.sourceGroups, peer: rule.sourcePeer }, d.family);
      if (set === null) continue;
      out.push({
        match: [IIF, `${d.family === 4 ? 'ip' : 'ip6'} saddr @${set.name}`, d.match, ...protocolMatch(rule)],
        verdict: rule.action === 'drop' ? 'drop' : 'accept',
        comment: ruleComment(rule, what),
        origin: { kind: 'policy', policyId: rule.policy.id, ruleId: rule.rule.id ?? null },
      });
    }
  }
  return out;
}

/** aclRules: the enabled rules towards any of the route's ACL groups, in account order. */
function aclRules(reg: SetRegistry, route: SnapRoute): IndexedRule[] {
  const by = ruleIndexOf(reg.index).byDestinationGroup;
  const rules = new Set<IndexedRule>();
  for (const g of route.access_control_groups ?? []) for (const r of by.get(g) ?? []) rules.add(r);
  return [...rules].sort((a, b) => a.order - b.order);
}

const routeName = (route: SnapRoute) => `route '${route.network_id}' (${route.id})`;

export function forwardChain(reg: SetRegistry, served: Served): NftChain {
  const { index } = reg;
  const rules: NftRule[] = [{ match: [IIF, 'ct state established,related'], verdict: 'accept', comment: 'replies to connections already allowed', origin: { kind: 'stateful' } }];
  const networks = [...new Set(served.routers.map((r) => r.network_id))];
  for (const nid of networks) {
    const network = index.networks.get(nid)?.name ?? nid;
    for (const resource of index.resourcesOfNetwork.get(nid) ?? []) {
      if (!resource.enabled) continue;
      rules.push(...policyRules(reg, rulesTowardResource(index, resource.id), resourceDestinations(reg, resource), `to resource '${resource.name}' (network ${network})`));
    }
  }
  for (const route of served.routes) {
    const dests = routeDestinations(reg, route);
    if ((route.access_control_groups ?? []).length > 0) {
      rules.push(...policyRules(reg, aclRules(reg, route), dests, `via ACL groups of ${routeName(route)}`));
      continue;
    }
    for (const d of dests) {
      rules.push({
        match: [IIF, d.match],
        verdict: 'accept',
        comment: `${routeName(route)} has no ACL groups: default permit for every source`,
        origin: { kind: 'route-default-permit', routeId: route.id },
      });
    }
  }
  rules.push({ match: [IIF], verdict: 'drop', comment: 'default deny for routed traffic', origin: { kind: 'default-deny' } });
  return { name: 'netbird-rt-fwd', type: 'filter', hook: 'forward', priority: 'filter', policy: 'accept', rules };
}
