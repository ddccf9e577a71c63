import type { NetworkRecord, ResourceRecord, RouterRecord } from '../../store/state';

/**
 * Demo networks, each showing one way routing peers are used (how-routing-peers-work.txt):
 * - Office: a LAN behind a single Linux routing peer that also runs Grafana (tcp/3000) and SSH on
 *   its own LAN address; a resource policy exists but no peer policy (the input-chain pitfall);
 * - Datacenter: primary/standby routing peers (metrics 10 and 100) in different failure domains;
 * - Global VPC: equal metrics in two regions (eu-routers, us-routers): clients pick by latency;
 * - Corp apps: a domain resource resolving inside an IP-range resource of the same network (leak);
 * - Internal web: a wildcard domain resource alone in its network (needs routing peer DNS);
 * - Kubernetes: the service range behind every node of the k8s group.
 */
export function demoNetworks(): NetworkRecord[] {
  return [
    { id: 'net-office', name: 'Office', description: 'Berlin office LAN. office-gw also serves Grafana on tcp/3000 and SSH on its LAN address 10.10.0.2.' },
    { id: 'net-datacenter', name: 'Datacenter', description: 'Frankfurt datacenter; dc-router-a is primary, dc-router-b standby in the other room.' },
    { id: 'net-global', name: 'Global VPC', description: 'Shared services VPC, peered to eu-central-1 and us-east-1.' },
    { id: 'net-apps', name: 'Corp apps', description: 'Internal web apps and their subnet.' },
    { id: 'net-internal-web', name: 'Internal web', description: 'Every *.internal.example site.' },
    { id: 'net-k8s', name: 'Kubernetes', description: 'Cluster service range of the production cluster.' },
  ];
}

const resource = (id: string, network_id: string, name: string, address: string, description = ''): ResourceRecord => ({
  id,
  network_id,
  name,
  description,
  address,
  enabled: true,
});

export function demoResources(): ResourceRecord[] {
  return [
    resource('res-office-lan', 'net-office', 'Office LAN', '10.10.0.0/16', 'Printers, NAS, lab machines'),
    resource('res-dc-core', 'net-datacenter', 'DC core', '172.16.0.0/16'),
    resource('res-global-vpc', 'net-global', 'Shared services VPC', '10.40.0.0/16'),
    resource('res-corp-app', 'net-apps', 'Corp app', 'app.corp.example', 'The intranet application'),
    resource('res-apps-subnet', 'net-apps', 'Apps subnet', '10.20.0.0/16', 'Build servers and databases'),
    resource('res-internal-web', 'net-internal-web', 'Internal sites', '*.internal.example'),
    resource('res-k8s-services', 'net-k8s', 'Cluster services', '10.96.0.0/12'),
  ];
}

type RouterTarget = { peer: string } | { peer_groups: string[] };

const router = (id: string, network_id: string, target: RouterTarget, metric: number): RouterRecord => ({
  id,
  network_id,
  ...target,
  metric,
  masquerade: true,
  enabled: true,
});

export function demoRouters(): RouterRecord[] {
  return [
    router('router-office-gw', 'net-office', { peer: 'peer-office-gw' }, 100),
    router('router-dc-primary', 'net-datacenter', { peer: 'peer-dc-primary' }, 10),
    router('router-dc-standby', 'net-datacenter', { peer: 'peer-dc-standby' }, 100),
    router('router-global-eu', 'net-global', { peer_groups: ['grp-eu-routers'] }, 100),
    router('router-global-us', 'net-global', { peer_groups: ['grp-us-routers'] }, 100),
    router('router-apps-gw', 'net-apps', { peer: 'peer-apps-gw' }, 100),
    router('router-internal-web', 'net-internal-web', { peer_groups: ['grp-office-routers'] }, 100),
    router('router-k8s', 'net-k8s', { peer_groups: ['grp-k8s'] }, 100),
  ];
}
