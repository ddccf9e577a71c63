import type { FieldIssue, RefLookup } from './field-issue';
import { metricIssue, routingPeerIssues, type RoutingPeerDraft } from './route';

/**
 * Network router rules (POST/PUT /api/networks/{networkId}/routers). NetBird refuses a router with
 * both `peer` and `peer_groups`; we also refuse one with neither and check that what it names
 * exists. The metric range 1..9999 is stricter than NetBird, which stores any integer for a router
 * although the same number means the same thing as a route's metric. Whether the network exists is
 * the caller's 404, not a field issue.
 */
export interface NetworkRouterDraft extends RoutingPeerDraft {
  metric: number;
}

export function validateNetworkRouter(d: NetworkRouterDraft, refs: RefLookup): FieldIssue[] {
  const issues = routingPeerIssues(d, refs);
  const metric = metricIssue(d.metric);
  if (metric) issues.push(metric);
  return issues;
}
