import type { RouteRecord } from '../../store/state';

/**
 * Demo legacy network routes: one without ACL groups (every Contractor reaches the whole branch
 * lab), one with ACL groups, and an EU exit node for Travelers with no ICMP policy to its peer.
 */
export function demoRoutes(): RouteRecord[] {
  return [
    {
      id: 'route-branch-lab',
      network_type: 'IPv4',
      description: 'Munich branch lab for contractors',
      network_id: 'branch-lab',
      enabled: true,
      peer: 'peer-branch-gw',
      network: '192.168.50.0/24',
      metric: 9999,
      masquerade: true,
      groups: ['grp-contractors'],
      keep_route: false,
      skip_auto_apply: false,
    },
    {
      id: 'route-branch-printers',
      network_type: 'IPv4',
      description: 'Munich branch printers, restricted by ACL groups',
      network_id: 'branch-printers',
      enabled: true,
      peer: 'peer-branch-gw',
      network: '192.168.60.0/24',
      metric: 9999,
      masquerade: true,
      groups: ['grp-engineers'],
      keep_route: false,
      access_control_groups: ['grp-engineers'],
      skip_auto_apply: false,
    },
    {
      id: 'route-exit-eu',
      network_type: 'IPv4',
      description: 'EU exit node for travelers',
      network_id: 'exit-eu',
      enabled: true,
      peer: 'peer-exit-eu',
      network: '0.0.0.0/0',
      metric: 9999,
      masquerade: true,
      groups: ['grp-travelers'],
      keep_route: true,
      skip_auto_apply: false,
    },
  ];
}
