import type { NameserverGroupRequest } from '@/api/schemas';
import { notFound } from '../http-error';
import type { HandlerContext, RouteDef } from '../router';
import type { NameserverGroupRecord } from '../store/state';
import { validateDnsSettingsRequest, validateNameserverGroupRequest } from '../validation/nameserver-group';

/**
 * DNS: nameserver groups (/api/dns/nameservers) and the account's DNS settings
 * (/api/dns/settings). The stored nameserver group is the wire object itself.
 */
function requireNameserverGroup(ctx: HandlerContext): NameserverGroupRecord {
  const id = ctx.params.nsgroupId ?? '';
  const n = ctx.store.state.nameservers.get(id);
  if (!n) throw notFound('nameserver group', id);
  return n;
}

function nameserverGroupRecord(id: string, req: NameserverGroupRequest): NameserverGroupRecord {
  return {
    id,
    name: req.name,
    description: req.description,
    nameservers: req.nameservers.map((ns) => ({ ...ns })),
    enabled: req.enabled,
    groups: [...new Set(req.groups)],
    primary: req.primary,
    domains: [...req.domains],
    search_domains_enabled: req.search_domains_enabled,
  };
}

export const dnsRoutes: RouteDef[] = [
  {
    method: 'GET',
    path: '/api/dns/nameservers',
    handle: ({ store }) => ({ body: [...store.state.nameservers.values()].map((n) => structuredClone(n)) }),
  },
  {
    method: 'POST',
    path: '/api/dns/nameservers',
    handle: (ctx) => {
      const req = validateNameserverGroupRequest(ctx.body(), ctx.store.state);
      const id = ctx.store.newId();
      const record = nameserverGroupRecord(id, req);
      ctx.store.state.nameservers.set(id, record);
      ctx.store.changed();
      return { body: structuredClone(record) };
    },
  },
  {
    method: 'GET',
    path: '/api/dns/nameservers/{nsgroupId}',
    handle: (ctx) => ({ body: structuredClone(requireNameserverGroup(ctx)) }),
  },
  {
    method: 'PUT',
    path: '/api/dns/nameservers/{nsgroupId}',
    handle: (ctx) => {
      const n = requireNameserverGroup(ctx);
      const record = nameserverGroupRecord(n.id, validateNameserverGroupRequest(ctx.body(), ctx.store.state, n.id));
      ctx.store.state.nameservers.set(n.id, record);
      ctx.store.changed();
      return { body: structuredClone(record) };
    },
  },
  {
    method: 'DELETE',
    path: '/api/dns/nameservers/{nsgroupId}',
    handle: (ctx) => {
      const n = requireNameserverGroup(ctx);
      ctx.store.state.nameservers.delete(n.id);
      ctx.store.changed();
      return { body: {} };
    },
  },
  {
    method: 'GET',
    path: '/api/dns/settings',
    handle: ({ store }) => ({ body: structuredClone(store.state.dnsSettings) }),
  },
  {
    method: 'PUT',
    path: '/api/dns/settings',
    handle: (ctx) => {
      const settings = validateDnsSettingsRequest(ctx.body(), ctx.store.state);
      ctx.store.state.dnsSettings = settings;
      ctx.store.changed();
      return { body: structuredClone(settings) };
    },
  },
];
