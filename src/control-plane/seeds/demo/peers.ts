import type { PeerRecord } from '../../store/state';

/**
 * Demo peers: routing peers (headless Linux servers enrolled with a setup key, so their login
 * never expires) and people's devices (interactive login, expiring). Versions are mixed on purpose:
 * a few agents below 0.59.0 keep the account's DNS forwarder on port 5353.
 */
interface DemoPeer {
  id: string;
  name: string;
  ip: string;
  os: 'linux' | 'windows' | 'darwin' | 'android';
  kernel: string;
  version: string;
  connected: boolean;
  /** A person's device (interactive login, login expiration on) rather than a server. */
  user?: string;
  publicIp: string;
  country: string;
  city: string;
  lastSeen: string;
  serial: string;
}

const DEMO_PEERS: readonly DemoPeer[] = [
  { id: 'peer-office-gw', name: 'office-gw', ip: '100.92.14.7', os: 'linux', kernel: '6.8.0-51-generic', version: '0.60.2', connected: true, publicIp: '203.0.113.10', country: 'DE', city: 'Berlin', lastSeen: '2026-01-15T09:58:12Z', serial: 'PF3KX1A2' },
  { id: 'peer-dc-primary', name: 'dc-router-a', ip: '100.92.20.11', os: 'linux', kernel: '6.1.0-28-amd64', version: '0.60.2', connected: true, publicIp: '198.51.100.21', country: 'DE', city: 'Frankfurt am Main', lastSeen: '2026-01-15T09:59:40Z', serial: 'DC1-A-7731' },
  { id: 'peer-dc-standby', name: 'dc-router-b', ip: '100.92.20.12', os: 'linux', kernel: '6.1.0-28-amd64', version: '0.59.1', connected: true, publicIp: '198.51.100.22', country: 'DE', city: 'Frankfurt am Main', lastSeen: '2026-01-15T09:59:38Z', serial: 'DC1-B-7732' },
  { id: 'peer-eu-gw', name: 'eu-gw-1', ip: '100.92.31.4', os: 'linux', kernel: '6.8.0-1021-aws', version: '0.60.2', connected: true, publicIp: '198.51.100.40', country: 'DE', city: 'Frankfurt am Main', lastSeen: '2026-01-15T09:59:51Z', serial: 'ec2-eu-0a1b2c3d' },
  { id: 'peer-us-gw', name: 'us-gw-1', ip: '100.92.32.4', os: 'linux', kernel: '6.8.0-1021-aws', version: '0.60.2', connected: true, publicIp: '198.51.100.80', country: 'US', city: 'Ashburn', lastSeen: '2026-01-15T09:59:49Z', serial: 'ec2-us-4e5f6a7b' },
  { id: 'peer-k8s-node-1', name: 'k8s-node-1', ip: '100.92.40.21', os: 'linux', kernel: '6.6.58-talos', version: '0.60.1', connected: true, publicIp: '198.51.100.101', country: 'NL', city: 'Amsterdam', lastSeen: '2026-01-15T09:59:30Z', serial: 'k8s-n1' },
  { id: 'peer-k8s-node-2', name: 'k8s-node-2', ip: '100.92.40.22', os: 'linux', kernel: '6.6.58-talos', version: '0.60.1', connected: false, publicIp: '198.51.100.102', country: 'NL', city: 'Amsterdam', lastSeen: '2026-01-14T22:17:05Z', serial: 'k8s-n2' },
  { id: 'peer-exit-eu', name: 'exit-eu-1', ip: '100.92.50.3', os: 'linux', kernel: '6.8.0-51-generic', version: '0.60.2', connected: true, publicIp: '203.0.113.50', country: 'NL', city: 'Amsterdam', lastSeen: '2026-01-15T09:59:57Z', serial: 'vps-ams-3391' },
  { id: 'peer-apps-gw', name: 'apps-gw', ip: '100.92.60.9', os: 'linux', kernel: '6.8.0-51-generic', version: '0.60.0', connected: true, publicIp: '203.0.113.60', country: 'DE', city: 'Berlin', lastSeen: '2026-01-15T09:59:12Z', serial: 'PF3KX9Z4' },
  { id: 'peer-branch-gw', name: 'branch-gw', ip: '100.92.70.2', os: 'linux', kernel: '5.15.0-130-generic', version: '0.59.1', connected: true, publicIp: '203.0.113.70', country: 'DE', city: 'Munich', lastSeen: '2026-01-15T09:57:44Z', serial: 'NUC-BR-0112' },
  { id: 'peer-alice-mbp', name: 'alice-macbook', ip: '100.92.101.15', os: 'darwin', kernel: '24.2.0', version: '0.60.2', connected: true, user: 'user-alice', publicIp: '203.0.113.101', country: 'DE', city: 'Berlin', lastSeen: '2026-01-15T09:55:02Z', serial: 'C02FQ4ZXMD6R' },
  { id: 'peer-bob-thinkpad', name: 'bob-thinkpad', ip: '100.92.101.27', os: 'linux', kernel: '6.12.9-arch1-1', version: '0.58.2', connected: true, user: 'user-bob', publicIp: '203.0.113.102', country: 'DE', city: 'Hamburg', lastSeen: '2026-01-15T09:51:26Z', serial: 'PF4ABCD1' },
  { id: 'peer-carol-win', name: 'carol-desktop', ip: '100.92.101.33', os: 'windows', kernel: '10.0.22631', version: '0.59.0', connected: true, user: 'user-carol', publicIp: '198.51.100.150', country: 'US', city: 'New York', lastSeen: '2026-01-15T09:49:10Z', serial: '5CG1234XYZ' },
  { id: 'peer-dave-pixel', name: 'dave-pixel-8', ip: '100.92.102.8', os: 'android', kernel: '5.15.137-android14', version: '0.58.2', connected: false, user: 'user-dave', publicIp: '203.0.113.180', country: 'ES', city: 'Madrid', lastSeen: '2026-01-12T18:40:55Z', serial: '' },
  { id: 'peer-erin-win', name: 'erin-laptop', ip: '100.92.103.12', os: 'windows', kernel: '10.0.26100', version: '0.57.1', connected: true, user: 'user-erin', publicIp: '198.51.100.160', country: 'PL', city: 'Warsaw', lastSeen: '2026-01-15T09:44:31Z', serial: 'PC1XY9QZ' },
  { id: 'peer-frank-mbp', name: 'frank-macbook', ip: '100.92.103.19', os: 'darwin', kernel: '23.6.0', version: '0.60.1', connected: false, user: 'user-frank', publicIp: '203.0.113.190', country: 'GB', city: 'London', lastSeen: '2026-01-13T16:02:19Z', serial: 'FVFHJ2K3Q05D' },
  { id: 'peer-grace-galaxy', name: 'grace-galaxy-s24', ip: '100.92.104.5', os: 'android', kernel: '6.1.75-android14', version: '0.60.0', connected: true, user: 'user-grace', publicIp: '203.0.113.200', country: 'PT', city: 'Lisbon', lastSeen: '2026-01-15T09:40:03Z', serial: '' },
];

const CREATED_AT = '2025-10-02T10:15:00Z';
const SERVICE_USER = 'user-service-routers';

function peerRecord(p: DemoPeer): PeerRecord {
  const isDevice = p.user !== undefined;
  const desktop = isDevice && (p.os === 'darwin' || p.os === 'windows');
  return {
    id: p.id,
    name: p.name,
    ip: p.ip,
    connected: p.connected,
    os: p.os,
    version: p.version,
    login_expiration_enabled: isDevice,
    extra: {
      created_at: CREATED_AT,
      connection_ip: p.publicIp,
      last_seen: p.lastSeen,
      kernel_version: p.kernel,
      ssh_enabled: !isDevice,
      user_id: p.user ?? SERVICE_USER,
      hostname: p.name,
      ui_version: desktop ? `netbird-desktop-ui/${p.version}` : '',
      dns_label: `${p.name}.netbird.cloud`,
      login_expired: false,
      last_login: p.lastSeen,
      inactivity_expiration_enabled: false,
      approval_required: false,
      country_code: p.country,
      city_name: p.city,
      serial_number: p.serial,
      extra_dns_labels: [],
      ephemeral: false,
    },
  };
}

export function demoPeers(): PeerRecord[] {
  return DEMO_PEERS.map(peerRecord);
}
