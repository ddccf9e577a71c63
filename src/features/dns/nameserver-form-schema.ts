import { z } from 'zod';
import type { NameserverGroup } from '@/api';
import { addIssues } from '@/components/form/field-issues';
import type { NameserverGroupDraftValues } from '@/domain/draft/nameserver';
import type { RefLookup } from '@/domain/rules/validate/field-issue';
import { validateNameserverGroup, type NamedNameserverGroup } from '@/domain/rules/validate/nameserver-group';

/**
 * nameserver-form-schema: the nameserver group form. A group either answers every domain
 * (primary, NetBird's "match domain ALL") or only its match domains; the rules (names unique,
 * 1 to 3 servers with valid IPs and ports, match domains required and not wildcards unless
 * primary, no search domains on a primary group) are validateNameserverGroup's, via superRefine.
 */
export const nameserverFormShape = z.object({
  name: z.string(),
  description: z.string(),
  servers: z.array(z.object({ ip: z.string(), port: z.string() })),
  matchKind: z.enum(['primary', 'domains']),
  domains: z.array(z.object({ name: z.string() })),
  search_domains_enabled: z.boolean(),
  groups: z.array(z.string()),
  enabled: z.boolean(),
});

export type NameserverFormValues = z.infer<typeof nameserverFormShape>;

/** toNameserverRequest: the request body; a primary group sends no match domains. */
export function toNameserverRequest(v: NameserverFormValues): NameserverGroupDraftValues {
  const primary = v.matchKind === 'primary';
  return {
    name: v.name,
    description: v.description,
    nameservers: v.servers.map((s) => ({ ip: s.ip.trim(), ns_type: 'udp', port: s.port.trim() === '' ? Number.NaN : Number(s.port) })),
    enabled: v.enabled,
    groups: [...v.groups],
    primary,
    domains: primary ? [] : v.domains.map((d) => d.name.trim()).filter((d) => d !== ''),
    search_domains_enabled: v.search_domains_enabled,
  };
}

/** nameserverFieldOf: where a validator field shows in this form (blank domain rows are not sent). */
export function nameserverFieldOf(v: Pick<NameserverFormValues, 'domains'>, field: string): string {
  if (field.startsWith('nameservers')) return field.replace(/^nameservers/, 'servers');
  const domain = /^domains\.(\d+)$/.exec(field);
  if (domain) {
    const filled = v.domains.flatMap((d, i) => (d.name.trim() !== '' ? [i] : []));
    const row = filled[Number(domain[1])];
    return row === undefined ? 'domains' : `domains.${row}.name`;
  }
  return field;
}

export interface NameserverFormContext {
  refs: RefLookup;
  others: readonly NamedNameserverGroup[];
  selfId?: string | undefined;
}

export function nameserverFormSchema(ctx: NameserverFormContext) {
  return nameserverFormShape.superRefine((v, zctx) => {
    const issues = validateNameserverGroup(toNameserverRequest(v), ctx.refs, ctx.others, ctx.selfId);
    addIssues(zctx, issues, (f) => nameserverFieldOf(v, f));
  });
}

/** nameserverFormDefaults: a stored group as form values, or a new group for match domains. */
export function nameserverFormDefaults(g?: NameserverGroup): NameserverFormValues {
  if (!g) {
    return {
      name: '',
      description: '',
      servers: [{ ip: '', port: '53' }],
      matchKind: 'domains',
      domains: [{ name: '' }],
      search_domains_enabled: false,
      groups: [],
      enabled: true,
    };
  }
  return {
    name: g.name,
    description: g.description,
    servers: g.nameservers.map((n) => ({ ip: n.ip, port: String(n.port) })),
    matchKind: g.primary ? 'primary' : 'domains',
    domains: g.domains.length > 0 ? g.domains.map((name) => ({ name })) : [{ name: '' }],
    search_domains_enabled: g.search_domains_enabled,
    groups: [...g.groups],
    enabled: g.enabled,
  };
}
