import type { GroupUsageDetail } from '@/domain/usage/group-usages';
import { assertNever } from '@/domain/assert-never';

/** UsageRow: one line of a group's "Used by" table: what uses it, a link to it, and the group's role there. */
export interface UsageRow {
  key: string;
  type: string;
  name: string;
  href: string;
  role: string;
}

const enc = encodeURIComponent;

/**
 * usageRow: how the group page shows a usage. Network resources are left out (null): the page lists
 * them as members already.
 */
export function usageRow(u: GroupUsageDetail): UsageRow | null {
  switch (u.kind) {
    case 'network resource':
      return null;
    case 'route':
      return u.exitNode
        ? { key: `route:${u.id}`, type: 'Exit node', name: u.networkId, href: `/exit-nodes/${enc(u.id)}`, role: roleText(u.roles) }
        : { key: `route:${u.id}`, type: 'Network route', name: u.networkId, href: `/routes/${enc(u.id)}`, role: roleText(u.roles) };
    case 'nameserver group':
      return { key: `ns:${u.id}`, type: 'Nameserver group', name: u.name, href: `/dns/nameservers/${enc(u.id)}`, role: 'Distribution group' };
    case 'policy':
      return {
        key: `policy:${u.id}`,
        type: 'Policy',
        name: u.name,
        href: `/policies/${enc(u.id)}`,
        role: u.rules.map((r) => `Rule ${r.index + 1} "${r.ruleName}": ${r.roles.join(' and ')}`).join('; '),
      };
    case 'setup key':
      return { key: `key:${u.id}`, type: 'Setup key', name: u.name, href: `/setup-keys/${enc(u.id)}`, role: 'Auto-assigned to peers it registers' };
    case 'network router':
      return {
        key: `router:${u.id}`,
        type: 'Routing peers',
        name: `Network ${u.networkName ?? u.networkId ?? u.id}`,
        href: u.networkId ? `/networks/${enc(u.networkId)}/routers/${enc(u.id)}` : '/networks',
        role: 'Routing peer group',
      };
    case 'dns settings':
      return { key: 'dns-settings', type: 'DNS settings', name: 'DNS management', href: '/dns', role: 'DNS management disabled for its peers' };
    default:
      return assertNever(u);
  }
}

function roleText(roles: readonly string[]): string {
  const text = roles.map((r) => (r === 'distribution' ? 'distribution group' : r === 'routing peers' ? 'routing peer group' : 'ACL group'));
  const joined = text.join(', ');
  return joined.charAt(0).toUpperCase() + joined.slice(1);
}


/** usageHref: where a usage lives, member resources included (the delete refusal links every user). */
export function usageHref(u: GroupUsageDetail): string | undefined {
  if (u.kind === 'network resource') return u.networkId ? `/networks/${enc(u.networkId)}/resources/${enc(u.id)}` : undefined;
  return usageRow(u)?.href;
}
