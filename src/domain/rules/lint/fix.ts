import type { SnapAction, SnapProtocol } from '@/domain/snapshot';

/**
 * fix: one-click fixes as data. The linter never changes anything; it describes the single change
 * that resolves a finding, and the Review page applies it through the management API (so the
 * embedded control plane and a real server see the same request). A finding carries a fix only
 * when there is exactly one sensible change: choosing ACL groups, ports or a new network for a
 * resource is the admin's decision, so those findings have none.
 */

/** PolicyRuleCreateDraft: a rule as POST /api/policies takes it (group ids); NetBird's PolicyRuleUpdate accepts it. */
export interface PolicyRuleCreateDraft {
  name: string;
  description: string;
  enabled: boolean;
  action: SnapAction;
  bidirectional: boolean;
  protocol: SnapProtocol;
  ports: string[] | null;
  sources: string[];
  destinations: string[];
  sourceResource: null;
  destinationResource: { id: string; type: 'peer' } | null;
}

/** PolicyCreateDraft: the body of POST /api/policies (NetBird's PolicyUpdate). */
export interface PolicyCreateDraft {
  name: string;
  description: string;
  enabled: boolean;
  source_posture_checks: string[];
  rules: PolicyRuleCreateDraft[];
}

export type FixSuggestion =
  /** PUT /api/accounts/{id}: settings.routing_peer_dns_resolution_enabled = true. */
  | { kind: 'enable-routing-peer-dns' }
  /** POST /api/policies with this body. */
  | { kind: 'create-policy'; policy: PolicyCreateDraft }
  /** PUT /api/routes/{routeId} with masquerade = value. */
  | { kind: 'set-route-masquerade'; routeId: string; value: true }
  /** PUT /api/networks/{networkId}/routers/{routerId} with masquerade = value. */
  | { kind: 'set-router-masquerade'; networkId: string; routerId: string; value: true }
  /** PUT /api/networks/{networkId}/routers/{routerId} with enabled = true. */
  | { kind: 'enable-router'; networkId: string; routerId: string }
  /** PUT /api/peers/{peerId} with login_expiration_enabled = false. */
  | { kind: 'disable-login-expiration'; peerId: string }
  /** PUT /api/policies/{policyId} with rules[ruleIndex].bidirectional = value. */
  | { kind: 'set-rule-bidirectional'; policyId: string; ruleIndex: number; ruleId: string | null; value: false }
  /** PUT /api/dns/nameservers/{nameserverGroupId} with these groups added to its distribution groups. */
  | { kind: 'add-nameserver-group-groups'; nameserverGroupId: string; groupIds: string[] };

export type FixKind = FixSuggestion['kind'];

/**
 * icmpPolicyDraft: the docs' minimum policy for an exit node ("ICMP from source group to the
 * routing peer group"): the distribution groups to the exit node's peer groups, or to its single
 * peer when the route names one peer.
 */
export function icmpPolicyDraft(name: string, sources: readonly string[], target: { peerGroups: readonly string[] } | { peer: string }): PolicyCreateDraft {
  const toGroups = 'peerGroups' in target;
  return {
    name,
    description: 'Lets the distribution groups reach the exit node (the minimum policy for an exit node to work)',
    enabled: true,
    source_posture_checks: [],
    rules: [
      {
        name,
        description: '',
        enabled: true,
        action: 'accept',
        bidirectional: false,
        protocol: 'icmp',
        ports: null,
        sources: [...sources],
        destinations: toGroups ? [...target.peerGroups] : [],
        sourceResource: null,
        destinationResource: toGroups ? null : { id: target.peer, type: 'peer' },
      },
    ],
  };
}

function assertNever(x: never): never {
  throw new Error(`unexpected fix ${JSON.stringify(x)}`);
}

/** fixLabel: the one-click button's text, e.g. "Turn masquerade on" or "Create policy \"ICMP to exit node eu\"". */
export function fixLabel(fix: FixSuggestion): string {
  switch (fix.kind) {
    case 'enable-routing-peer-dns':
      return 'Enable Routing Peer DNS Resolution';
    case 'create-policy':
      return `Create policy "${fix.policy.name}"`;
    case 'set-route-masquerade':
    case 'set-router-masquerade':
      return 'Turn masquerade on';
    case 'enable-router':
      return 'Enable the router';
    case 'disable-login-expiration':
      return 'Disable login expiration for this peer';
    case 'set-rule-bidirectional':
      return 'Turn bidirectional off';
    case 'add-nameserver-group-groups':
      return `Add ${fix.groupIds.length === 1 ? 'the group' : 'the groups'} to the primary nameserver group`;
    default:
      return assertNever(fix);
  }
}
