import type { LintCode } from '@/domain/rules/lint';

/**
 * code-titles: a short title per finding code, for headings and lists where the full message is
 * too long (the Review page, grouped by object). A Record, so a new code without a title fails to
 * compile. The code stays next to the title: it is the stable name to search for and to cite.
 */
export const LINT_TITLES: Record<LintCode, string> = {
  'route-without-acl-groups': 'Route without ACL groups',
  'domain-and-ip-resources-mixed': 'Domain and IP resources in one network',
  'domain-resource-leak': 'Domain resource reachable through an IP resource',
  'exit-node-missing-icmp-policy': 'Exit node without an ICMP policy',
  'exit-node-dns-leak': 'Exit node clients leak DNS',
  'exit-node-masquerade-off': 'Exit node with masquerade off',
  'masquerade-off-non-linux': 'Masquerade off on a non-Linux routing peer',
  'masquerade-off-breaks-ha': 'Masquerade off breaks high availability',
  'masquerade-off-needs-return-route': 'Masquerade off needs a return route',
  'ha-not-effective': 'High availability not effective',
  'ha-same-failure-domain': 'Routing peers share one failure domain',
  'network-without-routing-peer': 'Network without an enabled routing peer',
  'routing-peers-offline': 'Every routing peer is offline',
  'resource-without-policy': 'Resource no policy reaches',
  'bidirectional-resource-policy': 'Bidirectional policy to a resource',
  'wildcard-domain-needs-routing-peer-dns': 'Wildcard domain needs Routing Peer DNS Resolution',
  'wildcard-domain-collision': 'Domain served by two sets of routing peers',
  'dns-forwarder-port-mixed-versions': 'Mixed agent versions keep the DNS forwarder on port 5353',
  'routes-overlap': 'Overlapping routes',
  'routing-peer-login-expiration': 'Routing peer login can expire',
  'routing-peer-lan-ip-needs-input-policy': "Routing peer's own services are denied",
  'policy-empty-group': 'Policy refers to an empty group',
};
