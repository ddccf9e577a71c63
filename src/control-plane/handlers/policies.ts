import type { PolicyRequest, ResourceRef } from '@/api/schemas';
import { notFound } from '../http-error';
import type { HandlerContext, RouteDef } from '../router';
import { serializePolicy } from '../store/serialize';
import type { PolicyRecord, PolicyRuleRecord, StoreState } from '../store/state';
import { storedResourceType } from '../validation/group';
import { validatePolicyRequest } from '../validation/policy';

/**
 * Policies: /api/policies. Every rule of the request is kept, in order. Rules are stored with
 * group ids and come back with `sources`/`destinations` expanded to GroupMinimum. Each rule gets
 * an id: on PUT a rule keeps the id it was sent with when that id belongs to this policy (so
 * references to a rule survive an edit), otherwise it gets a new one.
 */
function requirePolicy(ctx: HandlerContext): PolicyRecord {
  const id = ctx.params.policyId ?? '';
  const p = ctx.store.state.policies.get(id);
  if (!p) throw notFound('policy', id);
  return p;
}

/** A resource reference's type comes from the stored resource; a peer reference stays `peer`. */
function storedRef(state: StoreState, ref: ResourceRef): ResourceRef {
  return { id: ref.id, type: ref.type === 'peer' ? 'peer' : storedResourceType(state, ref.id) };
}

function ruleRecord(state: StoreState, rule: PolicyRequest['rules'][number], id: string): PolicyRuleRecord {
  const { id: _sentId, ports, port_ranges, sources, destinations, sourceResource, destinationResource, authorized_groups, ...rest } = rule;
  return {
    ...rest,
    id,
    ...((ports ?? []).length > 0 ? { ports: [...(ports ?? [])] } : {}),
    ...((port_ranges ?? []).length > 0 ? { port_ranges: (port_ranges ?? []).map((r) => ({ ...r })) } : {}),
    ...(authorized_groups ? { authorized_groups: structuredClone(authorized_groups) } : {}),
    ...(sourceResource ? { sources: [], sourceResource: storedRef(state, sourceResource) } : { sources: [...(sources ?? [])] }),
    ...(destinationResource
      ? { destinations: [], destinationResource: storedRef(state, destinationResource) }
      : { destinations: [...(destinations ?? [])] }),
  };
}

function policyRecord(ctx: HandlerContext, id: string, req: PolicyRequest, previous?: PolicyRecord): PolicyRecord {
  const ownIds = new Set(previous?.rules.map((r) => r.id) ?? []);
  const used = new Set<string>();
  const rules = req.rules.map((rule) => {
    const keep = rule.id !== undefined && ownIds.has(rule.id) && !used.has(rule.id);
    const ruleId = keep && rule.id !== undefined ? rule.id : ctx.store.newId();
    used.add(ruleId);
    return ruleRecord(ctx.store.state, rule, ruleId);
  });
  return {
    id,
    name: req.name.trim(),
    description: req.description ?? '',
    enabled: req.enabled,
    source_posture_checks: [...(req.source_posture_checks ?? [])],
    rules,
  };
}

export const policyRoutes: RouteDef[] = [
  {
    method: 'GET',
    path: '/api/policies',
    handle: ({ store }) => ({ body: [...store.state.policies.keys()].map((id) => serializePolicy(store.state, id)) }),
  },
  {
    method: 'POST',
    path: '/api/policies',
    handle: (ctx) => {
      const req = validatePolicyRequest(ctx.body(), ctx.store.state);
      const id = ctx.store.newId();
      ctx.store.state.policies.set(id, policyRecord(ctx, id, req));
      ctx.store.changed();
      return { body: serializePolicy(ctx.store.state, id) };
    },
  },
  {
    method: 'GET',
    path: '/api/policies/{policyId}',
    handle: (ctx) => ({ body: serializePolicy(ctx.store.state, requirePolicy(ctx).id) }),
  },
  {
    method: 'PUT',
    path: '/api/policies/{policyId}',
    handle: (ctx) => {
      const p = requirePolicy(ctx);
      const req = validatePolicyRequest(ctx.body(), ctx.store.state);
      ctx.store.state.policies.set(p.id, policyRecord(ctx, p.id, req, p));
      ctx.store.changed();
      return { body: serializePolicy(ctx.store.state, p.id) };
    },
  },
  {
    method: 'DELETE',
    path: '/api/policies/{policyId}',
    handle: (ctx) => {
      const p = requirePolicy(ctx);
      ctx.store.state.policies.delete(p.id);
      ctx.store.changed();
      return { body: {} };
    },
  },
];
