import type { Lab } from '@/api/schemas';

/**
 * Demo lab: what the API does not know. office-gw's LAN address lies inside the Office resource (so
 * its own services sit behind the input chain); HA peers sit in distinct failure domains; people
 * near Europe are closer to eu-gw-1 and Carol (New York) to us-gw-1; app.corp.example resolves
 * into the Apps subnet resource of its own network.
 */
export function demoLab(): Lab {
  return {
    peers: {
      'peer-office-gw': { failure_domain: 'berlin-office', lan_ip: '10.10.0.2' },
      'peer-dc-primary': { failure_domain: 'fra-dc1-room-a', lan_ip: '172.16.0.10' },
      'peer-dc-standby': { failure_domain: 'fra-dc1-room-b', lan_ip: '172.16.0.11' },
      'peer-eu-gw': { failure_domain: 'eu-central-1a', lan_ip: '10.40.1.10' },
      'peer-us-gw': { failure_domain: 'us-east-1a', lan_ip: '10.40.129.10' },
      'peer-k8s-node-1': { failure_domain: 'ams-rack-1', lan_ip: '192.168.100.21' },
      'peer-k8s-node-2': { failure_domain: 'ams-rack-2', lan_ip: '192.168.100.22' },
      'peer-exit-eu': { failure_domain: 'ams-vps' },
      'peer-apps-gw': { failure_domain: 'berlin-office', lan_ip: '10.20.0.2' },
      'peer-branch-gw': { failure_domain: 'munich-branch', lan_ip: '192.168.50.1' },
      'peer-alice-mbp': { latency_ms: { 'peer-eu-gw': 14, 'peer-us-gw': 96 } },
      'peer-bob-thinkpad': { latency_ms: { 'peer-eu-gw': 19, 'peer-us-gw': 101 } },
      'peer-carol-win': { latency_ms: { 'peer-eu-gw': 92, 'peer-us-gw': 11 } },
      'peer-erin-win': { latency_ms: { 'peer-eu-gw': 24, 'peer-us-gw': 118 } },
      'peer-frank-mbp': { latency_ms: { 'peer-eu-gw': 21, 'peer-us-gw': 78 } },
    },
    dns: {
      'app.corp.example': ['10.20.3.4'],
      'wiki.internal.example': ['10.10.8.20'],
    },
  };
}
