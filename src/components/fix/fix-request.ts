import type { AccountRequest, AccountSnapshot, NameserverGroupRequest, NetworkRouterRequest, PeerRequest, PolicyRequest, RouteRequest } from '@/api';
import { assertNever } from '@/domain/assert-never';
import { policyRequestFromStored } from '@/domain/draft/policy';
import { routeDraftFrom } from '@/domain/draft/route';
import { err, ok, type Result } from '@/domain/net';
import type { FixSuggestion, PolicyCreateDraft } from '@/domain/rules/lint';

/**
 * fix-request: a linter fix as the one management API request that applies it. NetBird's PUT
 * replaces the whole object, so each request is the stored object (from the account snapshot)
 * sent back with the one field the fix changes. A fix about an object the account no longer
 * has is an error, not a request that would fail on the server.
 */

export type FixRequest =
  | { kind: 'update-account'; id: string; body: AccountRequest }
  | { kind: 'create-policy'; body: PolicyRequest }
  | { kind: 'update-policy'; id: string; body: PolicyRequest }
  | { kind: 'update-route'; id: string; body: RouteRequest }
  | { kind: 'update-router'; networkId: string; id: string; body: NetworkRouterRequest }
  | { kind: 'update-peer'; id: string; body: PeerRequest }
  | { kind: 'update-nameserver-group'; id: string; body: NameserverGroupRequest };

/** policyRequestOf: the linter's policy draft as a request body (fresh objects, as the API types want). */
export const policyRequestOf = (p: PolicyCreateDraft): PolicyRequest => ({
  ...p,
  rules: p.rules.map((r) => ({ ...r, sources: [...r.sources], destinations: [...r.destinations], destinationResource: r.destinationResource ? { ...r.destinationResource } : null })),
});

const gone = (what: string, id: string) => err(`The ${what} ${id} is no longer in the account: reload the page.`);

function routerRequest(s: AccountSnapshot, networkId: string, routerId: string, patch: Partial<NetworkRouterRequest>): Result<FixRequest> {
  const r = (s.network_routers[networkId] ?? []).find((x) => x.id === routerId);
  if (r === undefined) return gone('router', routerId);
  const who: Pick<NetworkRouterRequest, 'peer' | 'peer_groups'> = r.peer ? { peer: r.peer, peer_groups: [] } : { peer_groups: [...(r.peer_groups ?? [])] };
  return ok({ kind: 'update-router', networkId, id: routerId, body: { ...who, metric: r.metric, masquerade: r.masquerade, enabled: r.enabled, ...patch } });
}

export function fixRequest(s: AccountSnapshot, fix: FixSuggestion): Result<FixRequest> {
  switch (fix.kind) {
    case 'enable-routing-peer-dns':
      return ok({ kind: 'update-account', id: s.account.id, body: { settings: { ...s.account.settings, routing_peer_dns_resolution_enabled: true } } });
    case 'create-policy':
      return ok({ kind: 'create-policy', body: policyRequestOf(fix.policy) });
    case 'set-route-masquerade': {
      const route = s.routes.find((r) => r.id === fix.routeId);
      if (route === undefined) return gone('route', fix.routeId);
      return ok({ kind: 'update-route', id: route.id, body: { ...routeDraftFrom(route), masquerade: fix.value } });
    }
    case 'set-router-masquerade':
      return routerRequest(s, fix.networkId, fix.routerId, { masquerade: fix.value });
    case 'enable-router':
      return routerRequest(s, fix.networkId, fix.routerId, { enabled: true });
    case 'disable-login-expiration': {
      const p = s.peers.find((x) => x.id === fix.peerId);
      if (p === undefined) return gone('peer', fix.peerId);
      const body: PeerRequest = {
        name: p.name,
        ssh_enabled: p.ssh_enabled ?? false,
        login_expiration_enabled: false,
        inactivity_expiration_enabled: p.inactivity_expiration_enabled ?? false,
        ...(p.approval_required !== undefined ? { approval_required: p.approval_required } : {}),
      };
      return ok({ kind: 'update-peer', id: p.id, body });
    }
    case 'set-rule-bidirectional': {
      const policy = s.policies.find((x) => x.id === fix.policyId);
      if (policy === undefined) return gone('policy', fix.policyId);
      const body = policyRequestFromStored(policy);
      // The rule id, when known, is the identity; the index is where it was when the linter ran.
      const at = fix.ruleId !== null ? body.rules.findIndex((r) => r.id === fix.ruleId) : fix.ruleIndex;
      const rule = body.rules[at];
      if (rule === undefined) return gone('rule of policy', policy.name);
      body.rules[at] = { ...rule, bidirectional: fix.value };
      return ok({ kind: 'update-policy', id: policy.id, body });
    }
    case 'add-nameserver-group-groups': {
      const ns = s.nameservers.find((x) => x.id === fix.nameserverGroupId);
      if (ns === undefined) return gone('nameserver group', fix.nameserverGroupId);
      return ok({
        kind: 'update-nameserver-group',
        id: ns.id,
        body: {
          name: ns.name,
          description: ns.description,
          nameservers: ns.nameservers.map((n) => ({ ...n })),
          enabled: ns.enabled,
          groups: [...new Set([...ns.groups, ...fix.groupIds])],
          primary: ns.primary,
          domains: [...ns.domains],
          search_domains_enabled: ns.search_domains_enabled,
        },
      });
    }
    default:
      return assertNever(fix);
  }
}
