import type { GroupRecord } from '../../store/state';

/**
 * Demo groups. Membership lives here only (the store derives a peer's and a resource's `groups`).
 * People groups (Engineers, Contractors, Travelers), routing peer groups (office-routers,
 * eu-routers, us-routers, k8s) and one group per set of network resources, which policies target.
 */
const group = (id: string, name: string, peers: string[], resources: GroupRecord['resources'] = []): GroupRecord => ({
  id,
  name,
  issued: 'api',
  peers,
  resources,
});

const ALL_PEERS = [
  'peer-office-gw',
  'peer-dc-primary',
  'peer-dc-standby',
  'peer-eu-gw',
  'peer-us-gw',
  'peer-k8s-node-1',
  'peer-k8s-node-2',
  'peer-exit-eu',
  'peer-apps-gw',
  'peer-branch-gw',
  'peer-alice-mbp',
  'peer-bob-thinkpad',
  'peer-carol-win',
  'peer-dave-pixel',
  'peer-erin-win',
  'peer-frank-mbp',
  'peer-grace-galaxy',
];

export function demoGroups(): GroupRecord[] {
  return [
    group('grp-all', 'All', [...ALL_PEERS]),
    group('grp-engineers', 'Engineers', ['peer-alice-mbp', 'peer-bob-thinkpad', 'peer-carol-win']),
    group('grp-contractors', 'Contractors', ['peer-erin-win', 'peer-frank-mbp']),
    group('grp-travelers', 'Travelers', ['peer-dave-pixel', 'peer-frank-mbp', 'peer-grace-galaxy']),
    group('grp-office-routers', 'office-routers', ['peer-office-gw']),
    group('grp-eu-routers', 'eu-routers', ['peer-eu-gw']),
    group('grp-us-routers', 'us-routers', ['peer-us-gw']),
    group('grp-k8s', 'k8s', ['peer-k8s-node-1', 'peer-k8s-node-2']),
    group('grp-office-lan', 'office-lan', [], [{ id: 'res-office-lan', type: 'subnet' }]),
    group('grp-datacenter', 'datacenter', [], [{ id: 'res-dc-core', type: 'subnet' }]),
    group('grp-global-vpc', 'global-vpc', [], [{ id: 'res-global-vpc', type: 'subnet' }]),
    group('grp-corp-app', 'corp-app', [], [{ id: 'res-corp-app', type: 'domain' }]),
    group('grp-apps-subnet', 'apps-subnet', [], [{ id: 'res-apps-subnet', type: 'subnet' }]),
    group('grp-internal-web', 'internal-web', [], [{ id: 'res-internal-web', type: 'domain' }]),
    group('grp-k8s-services', 'k8s-services', [], [{ id: 'res-k8s-services', type: 'subnet' }]),
  ];
}
