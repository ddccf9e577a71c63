import { z } from 'zod';
import type { AccountSnapshot, NetworkRouter, NetworkRouterRequest } from '@/api';
import { addIssues, buildRefLookup } from '@/components/form';
import { applyRouterDraft, DRAFT_ROUTER_ID } from '@/domain/draft/router';
import { routerMasqueradeIssues, routerMasqueradeState, type RouterMasqueradeState } from '@/domain/rules/editor/router-masquerade';
import { validateNetworkRouter } from '@/domain/rules/validate/network-router';

/**
 * The routing-peer form: a peer or peer groups, metric, masquerade, enabled. Field rules are the
 * control plane's (validateNetworkRouter); the masquerade refusals are the console's own
 * (routerMasqueradeIssues: NetBird accepts those configurations, the form does not).
 */
export const routerFormSchema = z.object({
  kind: z.enum(['peer', 'groups']),
  peer: z.string(),
  peer_groups: z.array(z.string()),
  metric: z.number({ error: 'metric must be a number between 1 and 9999' }),
  masquerade: z.boolean(),
  enabled: z.boolean(),
});
export type RouterFormValues = z.infer<typeof routerFormSchema>;

export const DEFAULT_ROUTER_METRIC = 9999;

export const emptyRouterValues: RouterFormValues = { kind: 'peer', peer: '', peer_groups: [], metric: DEFAULT_ROUTER_METRIC, masquerade: true, enabled: true };

export function routerValuesOf(r: NetworkRouter): RouterFormValues {
  const groups = r.peer_groups ?? [];
  return { kind: r.peer ? 'peer' : groups.length > 0 ? 'groups' : 'peer', peer: r.peer ?? '', peer_groups: [...groups], metric: r.metric, masquerade: r.masquerade, enabled: r.enabled };
}

/** toRouterRequest: only the chosen kind is sent (NetBird refuses a router with both). */
export function toRouterRequest(v: RouterFormValues): NetworkRouterRequest {
  return v.kind === 'peer'
    ? { peer: v.peer, peer_groups: [], metric: v.metric, masquerade: v.masquerade, enabled: v.enabled }
    : { peer_groups: v.peer_groups, metric: v.metric, masquerade: v.masquerade, enabled: v.enabled };
}

/** routerDraftState: the masquerade facts of the network with these values saved. */
export function routerDraftState(snapshot: AccountSnapshot, networkId: string, routerId: string | undefined, v: RouterFormValues): RouterMasqueradeState {
  const req = toRouterRequest(v);
  const after = applyRouterDraft(snapshot, networkId, { id: routerId, ...req, metric: Number.isFinite(v.metric) ? v.metric : DEFAULT_ROUTER_METRIC });
  return routerMasqueradeState(after, networkId, routerId ?? DRAFT_ROUTER_ID);
}

/** routerSchemaWith: the schema plus the domain rules, for this network and router. */
export const routerSchemaWith = (snapshot: AccountSnapshot, networkId: string, routerId: string | undefined) => {
  const refs = buildRefLookup(snapshot.groups, snapshot.peers, snapshot.networks);
  // The peer-xor-groups message names `peer`; in this form the choice is the peer or the groups field.
  const mapField = (kind: RouterFormValues['kind']) => (f: string) => (f === 'peer' && kind === 'groups' ? 'peer_groups' : f.startsWith('peer_groups') ? 'peer_groups' : f);
  return routerFormSchema.superRefine((v, c) => {
    addIssues(c, validateNetworkRouter(toRouterRequest(v), refs), mapField(v.kind));
    addIssues(c, routerMasqueradeIssues(routerDraftState(snapshot, networkId, routerId, v), v.masquerade));
  });
};
