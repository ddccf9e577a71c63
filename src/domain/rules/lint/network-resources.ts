import { peersOfGroup, type AccountIndex, type IndexedResource } from '@/domain/account';
import { finding, inScope, ref, type Finding, type FindingRef, type LintScope } from './finding';
import { labAnswersFor } from './lab-resolve';
import { capitalize, groupName, joinList, networkLabel, peerName, resourceLabel } from './names';
import { networkPrefixTable, resourceDomain } from './resource-addresses';
import { acceptSourcesTowardResource, sourcesHoldPeer, type Sources } from './rule-walk';

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

/** leakers: the groups and peers allowed to `ip` with at least one member the domain's own policies would not allow. */
function leakers(index: AccountIndex, ip: Sources, domain: Sources): { groups: string[]; peers: string[] } {
  const groups: string[] = [];
  for (const g of ip.groups) {
    if (domain.groups.has(g)) continue;
    for (const p of peersOfGroup(index, g)) {
      if (!sourcesHoldPeer(index, domain, p)) {
        groups.push(g);
        break;
      }
    }
  }
  const peers = [...ip.peers].filter((p) => !sourcesHoldPeer(index, domain, p));
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
  const table = networkPrefixTable(index, networkId);
  const out: Finding[] = [];
  for (const d of resources) {
    if (!d.enabled || d.type !== 'domain') continue;
    const domain = resourceDomain(index, d);
    if (domain === null) continue;
    // IP resource id -> the names and addresses of the domain that fall inside it
    const hits = new Map<string, { resource: IndexedResource; answers: string[] }>();
    for (const answer of labAnswersFor(index, domain)) {
      for (const ipResource of table.containing(answer.ip)) {
        const hit = hits.get(ipResource.id) ?? { resource: ipResource, answers: [] };
        const text = answer.name === domain.ascii ? answer.ip.text : `${answer.name} → ${answer.ip.text}`;
        if (!hit.answers.includes(text)) hit.answers.push(text);
        hits.set(ipResource.id, hit);
      }
    }
    if (hits.size === 0) continue;
    const domainAllowed = acceptSourcesTowardResource(index, d.id);
    for (const { resource: ip, answers } of hits.values()) {
      const who = leakers(index, acceptSourcesTowardResource(index, ip.id), domainAllowed);
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

/**
 * lintNetworkResources: domain-and-ip-resources-mixed and domain-resource-leak, for every network,
 * or for one (a scope, or just its id, as the resource editor calls it).
 */
export function lintNetworkResources(index: AccountIndex, scope?: LintScope | string): Finding[] {
  const s: LintScope | undefined = typeof scope === 'string' ? { type: 'network', id: scope } : scope;
  const out: Finding[] = [];
  for (const [networkId, resources] of index.resourcesOfNetwork) {
    if (s?.type === 'network' && s.id !== networkId) continue;
    if (!networkMixesDomainAndIp(resources)) continue;
    out.push(mixFinding(index, networkId, resources), ...leakFindings(index, networkId, resources));
  }
  return inScope(out, s);
}
