import { z } from 'zod';
import type { Route } from '@/api';
import { addIssues } from '@/components/form/field-issues';
import { applyRouteDraft, NEW_ROUTE_ID, type RouteDraftValues } from '@/domain/draft/route';
import { routeMasqueradeRule } from '@/domain/rules/editor/route-masquerade';
import type { RefLookup } from '@/domain/rules/validate/field-issue';
import { validateRoute } from '@/domain/rules/validate/route';
import type { Snapshot } from '@/domain/snapshot';

/**
 * exit-node-form-schema: the exit node form: a legacy route to 0.0.0.0/0 seen as what it does.
 * The destination is fixed (NetBird blocks IPv6 on exit nodes, so the default route is IPv4);
 * the rules are validateRoute's and routeMasqueradeRule's ("required" for an exit node), called
 * from `superRefine` like every form of the console.
 */

/** EXIT_NODE_NETWORK: the default route an exit node serves. */
export const EXIT_NODE_NETWORK = '0.0.0.0/0';

export const exitNodeFormShape = z.object({
  network_id: z.string(),
  description: z.string(),
  peerMode: z.enum(['peer', 'group']),
  peer: z.string(),
  peer_groups: z.array(z.string()),
  groups: z.array(z.string()),
  metric: z.string(),
  autoApply: z.boolean(),
  masquerade: z.boolean(),
  enabled: z.boolean(),
});

export type ExitNodeFormValues = z.infer<typeof exitNodeFormShape>;

/** StoredExitNode: fields of a stored exit node the form keeps as they are. */
export type StoredExitNode = Pick<Route, 'network' | 'keep_route' | 'access_control_groups'>;

/**
 * toExitNodeRequest: the route request for the form values. Auto apply is NetBird's
 * `skip_auto_apply` turned around: on means clients (0.55.0+) use the exit node without being asked.
 */
export function toExitNodeRequest(v: ExitNodeFormValues, stored?: StoredExitNode): RouteDraftValues {
  const body: RouteDraftValues = {
    network_id: v.network_id.trim(),
    description: v.description,
    enabled: v.enabled,
    network: stored?.network ?? EXIT_NODE_NETWORK,
    metric: v.metric.trim() === '' ? Number.NaN : Number(v.metric),
    masquerade: v.masquerade,
    groups: [...v.groups],
    keep_route: stored?.keep_route ?? true,
    access_control_groups: [...(stored?.access_control_groups ?? [])],
    skip_auto_apply: !v.autoApply,
  };
  if (v.peerMode === 'peer') body.peer = v.peer;
  else body.peer_groups = [...v.peer_groups];
  return body;
}

export interface ExitNodeFormContext {
  refs: RefLookup;
  snapshot: Snapshot | undefined;
  routeId?: string | undefined;
  stored?: StoredExitNode | undefined;
}

/** exitNodeFormSchema: the shape plus the route rules and the exit node's masquerade requirement. */
export function exitNodeFormSchema(ctx: ExitNodeFormContext) {
  return exitNodeFormShape.superRefine((v, zctx) => {
    const body = toExitNodeRequest(v, ctx.stored);
    addIssues(zctx, validateRoute(body, ctx.refs), (field) => {
      if (field === 'peer' || field === 'peer_groups') return v.peerMode === 'group' ? 'peer_groups' : 'peer';
      // The destination is not an input here; a problem with it belongs to the whole form.
      if (field === 'network' || field.startsWith('domains')) return undefined;
      return field;
    });
    if (!v.masquerade && ctx.snapshot !== undefined) {
      const verdict = routeMasqueradeRule(applyRouteDraft(ctx.snapshot, body, ctx.routeId), ctx.routeId ?? NEW_ROUTE_ID).verdict;
      if (verdict.kind !== 'allowed') zctx.addIssue({ code: 'custom', path: ['masquerade'], message: verdict.reason });
    }
  });
}

/** exitNodeFormDefaults: a stored exit node as form values, or a new one (auto apply and masquerade on). */
export function exitNodeFormDefaults(route?: Route): ExitNodeFormValues {
  if (!route) {
    return { network_id: '', description: '', peerMode: 'peer', peer: '', peer_groups: [], groups: [], metric: '9999', autoApply: true, masquerade: true, enabled: true };
  }
  const byGroups = !route.peer && (route.peer_groups ?? []).length > 0;
  return {
    network_id: route.network_id,
    description: route.description,
    peerMode: byGroups ? 'group' : 'peer',
    peer: route.peer ?? '',
    peer_groups: [...(route.peer_groups ?? [])],
    groups: [...route.groups],
    metric: String(route.metric),
    autoApply: !route.skip_auto_apply,
    masquerade: route.masquerade,
    enabled: route.enabled,
  };
}
