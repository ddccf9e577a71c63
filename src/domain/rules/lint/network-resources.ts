import { groupsOfPeer, peersOfGroup, type AccountIndex, type IndexedResource } from '@/domain/account';
import { rulesTowardResource } from '@/domain/access/rule-index';
import { prefixTargetsFor, routeIndexOf } from '@/domain/routing/route-index';
import { finding, inScope, ref, type Finding, type FindingRef, type LintScope } from './finding';
import { labAnswersFor } from './lab-resolve';
import { capitalize, groupName, joinList, networkLabel, peerName, resourceLabel } from './names';

/**
 * network-resources: the docs' pitfall "domains and IP ranges in the same network". The routing
 * peer enforces forwarded traffic by destination IP, so a domain that resolves into an IP-range
 * resource's CIDR is covered by both resources' policies: a peer allowed to the range also
 * reaches the domain. Mixing is risky (warning); when the lab's DNS shows a domain resolving into
 * a range that someone is allowed to while the domain's own policies would deny them, it is a
 * leak (error) and the finding names who gets through.
 */

export interface TypedResource {
  type: 'host' | 'subnet' | 'domain';
  enabled?: boolean | undefined;
}

const isIpResource = (r: TypedResource): boolean => r.type === 'host' || r.type === 'subnet';

/** networkMixesDomainAndIp: the enabled resources hold both a domain and a host/subnet resource. */
export function networkMixesDomainAndIp(resources: readonly TypedResource[]): boolean {
  let domain = false;
  let ip = false;
  for (const r of resources) {
    if (r.enabled === false) continue;
    if (r.type === 'domain') domain = true;
    else if (isIpResource(r)) ip = true;
    if (domain && ip) return true;
  }
  return false;
}

/** Allowed: who an enabled accept rule lets reach a resource (forward chain). */
interface Allowed {
  groups: Set<string>;
  peers: Set<string>;
}

function allowedTo(index: AccountIndex, resourceId: string): Allowed {
  const a: Allowed = { groups: new Set(), peers: new Set() };
  for (const r of rulesTowardResource(index, resourceId)) {
    if (r.action !== 'accept') continue;
    for (const g of r.sourceGroups) a.groups.add(g);
    if (r.sourcePeer !== null) a.peers.add(r.sourcePeer);
  }
  return a;
}

function peerAllowed(index: AccountIndex, a: Allowed, peerId: string): boolean {
  if (a.peers.has(peerId)) return true;
  for (const g of groupsOfPeer(index, peerId)) if (a.groups.has(g)) return true;
  return false;
}

/** leakers: the groups and peers allowed to `ip` with at least one member the domain's own policies would not allow. */
function leakers(index: AccountIndex, ip: Allowed, domain: Allowed): { groups: string[]; peers: string[] } {
  const groups: string[] = [];
  for (const g of ip.groups) {
    if (domain.groups.has(g)) continue;
    for (const p of peersOfGroup(index, g)) {
      if (!peerAllowed(index, domain, p)) {
        groups.push(g);
        break;
      }
    }
  }
  const peers = [...ip.peers].filter((p) => !peerAllowed(index, domain, p));
  return { groups, peers };
}

function mixFinding(index: AccountIndex, networkId: string, resources: readonly IndexedResource[]): Finding {
  const enabled = resources.filter((r) => r.enabled);
  const domains = enabled.filter((r) => r.type === 'domain');
  const ips = enabled.filter(isIpResource);
  const refs: FindingRef[] = [ref('network', networkId), ...domains.map((r) => ref('resource', r.id)), ...ips.map((r) => ref('resource', r.id))];
  return finding(
    'domain-and-ip-resources-mixed',
    `${capitalize(networkLabel(index, networkId))} mixes domain resources (${joinList(
      domains.map((r) => r.address),
      'and',
    )}) with IP resources (${joinList(ips.map((r) => r.address), 'and')}): the routing peer enforces forwarded traffic by destination IP, so a peer allowed to an IP range also reaches every domain that resolves into it. Put domain resources in a dedicated network with their own routing peers.`,
    refs,
  );
}

function leakFindings(index: AccountIndex, networkId: string, resources: readonly IndexedResource[]): Finding[] {
  const ri = routeIndexOf(index);
  const out: Finding[] = [];
  for (const d of resources) {
    if (!d.enabled || d.type !== 'domain') continue;
    const parsed = ri.resourceAddress.get(d.id);
    if (parsed?.domain == null) continue;
    // IP resource id -> the names and addresses of the domain that fall inside it
    const hits = new Map<string, { resource: IndexedResource; answers: string[] }>();
    for (const answer of labAnswersFor(index, parsed.domain)) {
      for (const level of prefixTargetsFor(ri, answer.ip)) {
        for (const t of level) {
          if (t.kind !== 'resource' || t.resource.network_id !== networkId || !isIpResource(t.resource)) continue;
          const hit = hits.get(t.resource.id) ?? { resource: t.resource, answers: [] };
          const text = answer.name === parsed.domain.ascii ? answer.ip.text : `${answer.name} → ${answer.ip.text}`;
          if (!hit.answers.includes(text)) hit.answers.push(text);
          hits.set(t.resource.id, hit);
        }
      }
    }
    if (hits.size === 0) continue;
    const domainAllowed = allowedTo(index, d.id);
    for (const { resource: ip, answers } of hits.values()) {
      const who = leakers(index, allowedTo(index, ip.id), domainAllowed);
      if (who.groups.length === 0 && who.peers.length === 0) continue;
      const names = [...who.groups.map((g) => groupName(index, g)), ...who.peers.map((p) => peerName(index, p))];
      out.push(
        finding(
          'domain-resource-leak',
          `Domain ${resourceLabel(d)} resolves to ${joinList(answers, 'and')}, inside ${resourceLabel(ip)} of the same ${networkLabel(index, networkId)}. The routing peer filters by destination IP, so ${joinList(names, 'and')}, allowed to ${ip.address}, also reach${names.length === 1 ? 'es' : ''} ${d.address} although no policy on the domain resource allows ${names.length === 1 ? 'it' : 'them'}. Put the domain resource in a dedicated network with its own routing peers.`,
          [ref('resource', d.id), ref('resource', ip.id), ref('network', networkId), ...who.groups.map((g) => ref('group', g)), ...who.peers.map((p) => ref('peer', p))],
        ),
      );
    }
  }
  return out;
}

/** lintNetworkResources: domain-and-ip-resources-mixed and domain-resource-leak, for one network or all. */
export function lintNetworkResources(index: AccountIndex, scope?: LintScope): Finding[] {
  const out: Finding[] = [];
  for (const [networkId, resources] of index.resourcesOfNetwork) {
    if (scope?.type === 'network' && scope.id !== networkId) continue;
    if (!networkMixesDomainAndIp(resources)) continue;
    out.push(mixFinding(index, networkId, resources), ...leakFindings(index, networkId, resources));
  }
  return inScope(out, scope);
}
