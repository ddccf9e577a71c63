import { parseDomain, parseIp, parsePort } from '@/domain/net';
import { issue, type FieldIssue, type RefLookup } from './field-issue';
import { groupRefIssues } from './route';

/**
 * Nameserver group rules (POST/PUT /api/dns/nameservers) and DNS settings
 * (PUT /api/dns/settings). A primary group answers every name, so it takes no match domains and
 * no search domains; any other group needs at least one match domain. Match domains may not be
 * wildcards (NetBird refuses "*."; a match domain already covers its subdomains).
 */

/** NAMESERVER_GROUP_NAME_MAX: NetBird counts the name in characters (runes). */
export const NAMESERVER_GROUP_NAME_MAX = 40;
export const NAMESERVERS_MIN = 1;
export const NAMESERVERS_MAX = 3;
/** NAMESERVER_TYPES: NetBird resolves over plain UDP only. */
export const NAMESERVER_TYPES = ['udp'] as const;

export interface NameserverDraft {
  ip: string;
  ns_type: string;
  port: number;
}

/** NameserverGroupDraft: NetBird's NameserverGroupRequest fits it (ns_type loosened to a string). */
export interface NameserverGroupDraft {
  name: string;
  nameservers: readonly NameserverDraft[];
  groups: readonly string[];
  primary: boolean;
  domains: readonly string[];
  search_domains_enabled: boolean;
}

function nameserverIssues(list: readonly NameserverDraft[]): FieldIssue[] {
  if (list.length < NAMESERVERS_MIN || list.length > NAMESERVERS_MAX) {
    return [issue('nameservers', `nameservers must list ${NAMESERVERS_MIN} to ${NAMESERVERS_MAX} servers, got ${list.length}`)];
  }
  const issues: FieldIssue[] = [];
  list.forEach((ns, i) => {
    const at = `nameservers.${i}`;
    const ip = parseIp(ns.ip);
    if (!ip.ok) issues.push(issue(`${at}.ip`, `${at}.ip: ${ip.error}`));
    if (!(NAMESERVER_TYPES as readonly string[]).includes(ns.ns_type)) {
      issues.push(issue(`${at}.ns_type`, `${at}.ns_type: "${ns.ns_type}" is not supported; use udp`));
    }
    const port = parsePort(ns.port);
    if (!port.ok) issues.push(issue(`${at}.port`, `${at}.port: ${port.error}`));
  });
  return issues;
}

function domainIssues(d: NameserverGroupDraft): FieldIssue[] {
  if (d.primary) {
    const issues: FieldIssue[] = [];
    if (d.domains.length > 0) issues.push(issue('domains', 'a primary nameserver group resolves every domain: domains must be empty'));
    if (d.search_domains_enabled) issues.push(issue('search_domains_enabled', 'a primary nameserver group cannot enable search domains'));
    return issues;
  }
  if (d.domains.length === 0) {
    return [issue('domains', 'a nameserver group that is not primary needs at least one match domain')];
  }
  const issues: FieldIssue[] = [];
  d.domains.forEach((name, i) => {
    if (name.trim().startsWith('*')) {
      issues.push(issue(`domains.${i}`, `domains.${i}: "${name}" is a wildcard; match domains cannot be wildcards (example.com already matches its subdomains)`));
      return;
    }
    const parsed = parseDomain(name);
    if (!parsed.ok) issues.push(issue(`domains.${i}`, `domains.${i}: ${parsed.error}`));
  });
  return issues;
}

/** NamedNameserverGroup: a stored nameserver group as the name rule sees it. */
export interface NamedNameserverGroup {
  id: string;
  name: string;
}

/**
 * validateNameserverGroup: every broken rule. Names are unique among nameserver groups (NetBird
 * answers 422 here, not 409); `selfId` is the group being updated.
 */
export function validateNameserverGroup(
  d: NameserverGroupDraft,
  refs: RefLookup,
  others: Iterable<NamedNameserverGroup>,
  selfId?: string,
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const length = [...d.name.trim()].length;
  if (length === 0 || [...d.name].length > NAMESERVER_GROUP_NAME_MAX) {
    issues.push(issue('name', `name must be 1 to ${NAMESERVER_GROUP_NAME_MAX} characters, got ${[...d.name].length}`));
  } else {
    for (const o of others) {
      if (o.id !== selfId && o.name.trim() === d.name.trim()) {
        issues.push(issue('name', `a nameserver group named "${d.name.trim()}" already exists`));
        break;
      }
    }
  }
  issues.push(...nameserverIssues(d.nameservers), ...domainIssues(d));
  if (d.groups.length === 0) issues.push(issue('groups', 'groups must name at least one distribution group (the peers that use these nameservers)'));
  issues.push(...groupRefIssues('groups', d.groups, refs));
  return issues;
}

export interface DnsSettingsDraft {
  disabled_management_groups: readonly string[];
}

/** validateDnsSettings: the groups whose DNS management is disabled must exist. */
export function validateDnsSettings(d: DnsSettingsDraft, refs: RefLookup): FieldIssue[] {
  return groupRefIssues('disabled_management_groups', d.disabled_management_groups, refs);
}
