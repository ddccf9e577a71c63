import type { NameserverGroupDraftValues } from '@/domain/draft/nameserver';
import { NAMESERVER_GROUP_NAME_MAX } from '../validate/nameserver-group';

/**
 * exit-node-dns: the "Create match-all nameserver group" fix of exit-node-dns-leak. The docs: set a
 * DNS server with match domain ALL for an exit node's clients, or their queries go to local
 * resolvers outside the tunnel and reveal where they are (and local resolvers may not even be
 * reachable through the exit node). NetBird calls such a group "primary": it answers every domain.
 */

/** DEFAULT_MATCH_ALL_NAMESERVERS: Cloudflare's public resolvers, reachable from any exit node. */
export const DEFAULT_MATCH_ALL_NAMESERVERS: readonly { ip: string; port: number }[] = [
  { ip: '1.1.1.1', port: 53 },
  { ip: '1.0.0.1', port: 53 },
];

/** matchAllNameserverGroupName: "Exit node DNS (eu-exit)", cut to NetBird's 40 characters, not taken by another group. */
export function matchAllNameserverGroupName(networkId: string, taken: readonly string[]): string {
  const fit = (s: string) => [...s].slice(0, NAMESERVER_GROUP_NAME_MAX).join('');
  const base = fit(`Exit node DNS (${networkId})`);
  const used = new Set(taken.map((n) => n.trim()));
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = ` ${n}`;
    const candidate = fit(base.slice(0, NAMESERVER_GROUP_NAME_MAX - suffix.length)) + suffix;
    if (!used.has(candidate)) return candidate;
  }
}

/**
 * matchAllNameserverGroup: the request body of the fix: a primary (match-all) group, enabled,
 * distributed to the exit node's leaking groups, over plain UDP as NetBird supports.
 */
export function matchAllNameserverGroup(
  name: string,
  groupIds: readonly string[],
  servers: readonly { ip: string; port: number }[] = DEFAULT_MATCH_ALL_NAMESERVERS,
): NameserverGroupDraftValues {
  return {
    name,
    description: 'Answers every domain for exit node users, so their DNS does not leak to local resolvers',
    nameservers: servers.map((s) => ({ ip: s.ip.trim(), ns_type: 'udp', port: s.port })),
    enabled: true,
    groups: [...groupIds],
    primary: true,
    domains: [],
    search_domains_enabled: false,
  };
}
