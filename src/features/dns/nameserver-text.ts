import type { Nameserver, NameserverGroup } from '@/api';

/** nameserverText: "1.1.1.1:53", with brackets for IPv6 ("[2606:4700::1111]:53") so the port stays readable. */
export function nameserverText(ns: Pick<Nameserver, 'ip' | 'port'>): string {
  return ns.ip.includes(':') ? `[${ns.ip}]:${ns.port}` : `${ns.ip}:${ns.port}`;
}

/** matchText: what a nameserver group answers: every domain (primary) or its match domains. */
export function matchText(g: Pick<NameserverGroup, 'primary' | 'domains'>): string {
  if (g.primary) return 'All domains (primary)';
  return g.domains.length > 0 ? g.domains.join(', ') : 'No domains';
}
