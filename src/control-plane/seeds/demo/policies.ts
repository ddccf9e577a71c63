import type { PolicyRecord, PolicyRuleRecord } from '../../store/state';

/**
 * Demo policies. Every one is a resource (forward chain) or people-to-people policy: none targets
 * a routing peer itself, so SSH and Grafana on office-gw are denied (input chain pitfall), and
 * none allows ICMP from Travelers to the exit node (the exit node cannot work).
 */
type RuleFields = Omit<PolicyRuleRecord, 'id' | 'enabled' | 'action'>;

const rule = (id: string, fields: RuleFields): PolicyRuleRecord => ({ id, enabled: true, action: 'accept', ...fields });

const policy = (id: string, name: string, description: string, rules: PolicyRuleRecord[]): PolicyRecord => ({
  id,
  name,
  description,
  enabled: true,
  source_posture_checks: [],
  rules,
});

export function demoPolicies(): PolicyRecord[] {
  return [
    policy('pol-office', 'Engineers to Office LAN', 'Routed access to the office network', [
      rule('rule-office', { name: 'Office LAN', bidirectional: false, protocol: 'all', sources: ['grp-engineers'], destinations: ['grp-office-lan'] }),
    ]),
    policy('pol-datacenter', 'Engineers to Datacenter', 'SSH, HTTPS and application ports in the datacenter', [
      rule('rule-dc-admin', { name: 'SSH and HTTPS', bidirectional: false, protocol: 'tcp', ports: ['22', '443'], sources: ['grp-engineers'], destinations: ['grp-datacenter'] }),
      rule('rule-dc-apps', {
        name: 'Application ports',
        bidirectional: false,
        protocol: 'tcp',
        port_ranges: [{ start: 8000, end: 8999 }],
        sources: ['grp-engineers'],
        destinations: ['grp-datacenter'],
      }),
    ]),
    policy('pol-global', 'Staff to shared services', 'HTTPS to the shared services VPC from both continents', [
      rule('rule-global', { name: 'HTTPS', bidirectional: false, protocol: 'tcp', ports: ['443'], sources: ['grp-engineers', 'grp-contractors'], destinations: ['grp-global-vpc'] }),
    ]),
    policy('pol-corp-app', 'Contractors to Corp app', 'Contractors may use the intranet app, nothing else in its network', [
      rule('rule-corp-app', { name: 'HTTPS', bidirectional: false, protocol: 'tcp', ports: ['443'], sources: ['grp-contractors'], destinations: ['grp-corp-app'] }),
    ]),
    policy('pol-apps-subnet', 'Engineers to Apps subnet', 'Build servers and databases', [
      rule('rule-apps-subnet', { name: 'Apps subnet', bidirectional: false, protocol: 'all', sources: ['grp-engineers'], destinations: ['grp-apps-subnet'] }),
    ]),
    policy('pol-internal-web', 'Engineers to internal sites', 'Every *.internal.example site', [
      rule('rule-internal-web', {
        name: 'Web',
        bidirectional: false,
        protocol: 'tcp',
        ports: ['80', '443'],
        sources: ['grp-engineers'],
        destinations: [],
        destinationResource: { id: 'res-internal-web', type: 'domain' },
      }),
    ]),
    policy('pol-k8s', 'Engineers to cluster services', 'Service range of the production cluster', [
      rule('rule-k8s', { name: 'Cluster HTTPS', bidirectional: false, protocol: 'tcp', ports: ['443'], sources: ['grp-engineers'], destinations: ['grp-k8s-services'] }),
    ]),
    policy('pol-engineers-mesh', 'Engineers peer-to-peer', 'Engineers reach each other; also the ACL group of the branch printers route', [
      rule('rule-engineers-mesh', { name: 'Mesh', bidirectional: true, protocol: 'all', sources: ['grp-engineers'], destinations: ['grp-engineers'] }),
    ]),
  ];
}
