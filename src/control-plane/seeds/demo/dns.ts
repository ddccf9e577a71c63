import type { DnsSettings } from '@/api/schemas';
import type { NameserverGroupRecord } from '../../store/state';

/**
 * Demo DNS: Cloudflare answers every domain for Engineers and Contractors (primary), the office
 * DNS server answers corp.example for everyone. Travelers get no primary nameserver group, so
 * their exit node can leak DNS queries to local resolvers.
 */
export function demoNameservers(): NameserverGroupRecord[] {
  return [
    {
      id: 'ns-cloudflare',
      name: 'Cloudflare',
      description: 'Public resolver for staff devices',
      nameservers: [
        { ip: '1.1.1.1', ns_type: 'udp', port: 53 },
        { ip: '1.0.0.1', ns_type: 'udp', port: 53 },
      ],
      enabled: true,
      groups: ['grp-engineers', 'grp-contractors'],
      primary: true,
      domains: [],
      search_domains_enabled: false,
    },
    {
      id: 'ns-corp',
      name: 'Corp DNS',
      description: 'Office DNS server for corp.example',
      nameservers: [{ ip: '10.10.0.53', ns_type: 'udp', port: 53 }],
      enabled: true,
      groups: ['grp-all'],
      primary: false,
      domains: ['corp.example'],
      search_domains_enabled: true,
    },
  ];
}

export function demoDnsSettings(): DnsSettings {
  return { disabled_management_groups: [] };
}
