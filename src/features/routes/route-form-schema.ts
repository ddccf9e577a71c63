import { z } from 'zod';
import type { Route } from '@/api';
import { addIssues } from '@/components/form/field-issues';
import { applyRouteDraft, NEW_ROUTE_ID, type RouteDraftValues } from '@/domain/draft/route';
import { routeMasqueradeRule } from '@/domain/rules/editor/route-masquerade';
import type { RefLookup } from '@/domain/rules/validate/field-issue';
import { validateRoute } from '@/domain/rules/validate/route';
import type { Snapshot } from '@/domain/snapshot';

/**
 * route-form-schema: the legacy route form. The shape is only what the inputs hold (strings,
 * lists, switches); every product rule comes from the domain through `superRefine`:
 * validateRoute (what the control plane checks) and routeMasqueradeRule (the linter's masquerade
 * rules), so the form refuses exactly what the server and the linter would.
 */
export const routeFormShape = z.object({
  network_id: z.string(),
  description: z.string(),
  targetKind: z.enum(['network', 'domains']),
  network: z.string(),
  domains: z.array(z.object({ name: z.string() })),
  keep_route: z.boolean(),
  peerMode: z.enum(['peer', 'group']),
  peer: z.string(),
  peer_groups: z.array(z.string()),
  groups: z.array(z.string()),
  access_control_groups: z.array(z.string()),
  metric: z.string(),
  masquerade: z.boolean(),
  enabled: z.boolean(),
});

export type RouteFormValues = z.infer<typeof routeFormShape>;

/** RouteFormContext: what the rules need besides the values: references, the account, the route edited. */
export interface RouteFormContext {
  refs: RefLookup;
  /** The account snapshot; without it (still loading) the masquerade rule waits for the server. */
  snapshot: Snapshot | undefined;
  routeId?: string | undefined;
  /** The stored route, for fields the form does not show (skip_auto_apply). */
  stored?: Pick<Route, 'skip_auto_apply'> | undefined;
}

/** metricNumber: the typed metric as a number; blank is NaN so the metric rule names it. */
const metricNumber = (text: string): number => (text.trim() === '' ? Number.NaN : Number(text));

/** toRouteRequest: the request body (NetBird's RouteRequest) for the form values. */
export function toRouteRequest(v: RouteFormValues, stored?: Pick<Route, 'skip_auto_apply'>): RouteDraftValues {
  const body: RouteDraftValues = {
    network_id: v.network_id.trim(),
    description: v.description,
    enabled: v.enabled,
    metric: metricNumber(v.metric),
    masquerade: v.masquerade,
    groups: [...v.groups],
    keep_route: v.keep_route,
    access_control_groups: [...v.access_control_groups],
  };
  if (v.targetKind === 'network') body.network = v.network.trim();
  else body.domains = v.domains.map((d) => d.name.trim()).filter((d) => d !== '');
  if (v.peerMode === 'peer') body.peer = v.peer;
  else body.peer_groups = [...v.peer_groups];
  if (stored?.skip_auto_apply !== undefined) body.skip_auto_apply = stored.skip_auto_apply;
  return body;
}

/** routeFieldOf: where a validator's request field shows in this form. */
export function routeFieldOf(v: Pick<RouteFormValues, 'targetKind' | 'peerMode' | 'domains'>, field: string): string {
  if (field === 'network' || field === 'domains') return v.targetKind === 'domains' ? 'domains' : 'network';
  const domain = /^domains\.(\d+)$/.exec(field);
  if (domain) {
    // Blank rows are dropped from the request, so the request index is counted among filled rows.
    const filled = v.domains.flatMap((d, i) => (d.name.trim() !== '' ? [i] : []));
    const row = filled[Number(domain[1])];
    return row === undefined ? 'domains' : `domains.${row}.name`;
  }
  if (field === 'peer' || field === 'peer_groups') return v.peerMode === 'group' ? 'peer_groups' : 'peer';
  return field;
}

/** routeFormSchema: the shape plus the domain rules, bound to what the form knows. */
export function routeFormSchema(ctx: RouteFormContext) {
  return routeFormShape.superRefine((v, zctx) => {
    const body = toRouteRequest(v, ctx.stored);
    const issues = validateRoute(body, ctx.refs);
    addIssues(zctx, issues, (field) => routeFieldOf(v, field));
    if (ctx.snapshot !== undefined) {
      const rule = routeMasqueradeRule(applyRouteDraft(ctx.snapshot, body, ctx.routeId), ctx.routeId ?? NEW_ROUTE_ID);
      if (!v.masquerade && rule.verdict.kind !== 'allowed') zctx.addIssue({ code: 'custom', path: ['masquerade'], message: rule.verdict.reason });
      if (rule.siblingConflict !== null) zctx.addIssue({ code: 'custom', path: ['masquerade'], message: rule.siblingConflict });
    }
  });
}

/** routeFormDefaults: a stored route as form values, or NetBird's defaults for a new route. */
export function routeFormDefaults(route?: Route): RouteFormValues {
  if (!route) {
    return {
      network_id: '',
      description: '',
      targetKind: 'network',
      network: '',
      domains: [{ name: '' }],
      keep_route: true,
      peerMode: 'peer',
      peer: '',
      peer_groups: [],
      groups: [],
      access_control_groups: [],
      metric: '9999',
      masquerade: true,
      enabled: true,
    };
  }
  const domains = route.domains ?? [];
  const byGroups = !route.peer && (route.peer_groups ?? []).length > 0;
  return {
    network_id: route.network_id,
    description: route.description,
    targetKind: domains.length > 0 ? 'domains' : 'network',
    network: route.network ?? '',
    domains: domains.length > 0 ? domains.map((name) => ({ name })) : [{ name: '' }],
    keep_route: route.keep_route,
    peerMode: byGroups ? 'group' : 'peer',
    peer: route.peer ?? '',
    peer_groups: [...(route.peer_groups ?? [])],
    groups: [...route.groups],
    access_control_groups: [...(route.access_control_groups ?? [])],
    metric: String(route.metric),
    masquerade: route.masquerade,
    enabled: route.enabled,
  };
}
