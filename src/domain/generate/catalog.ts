import type { Rng } from './prng';

/**
 * catalog: the vocabulary of a generated account: sites (cloud regions, data centers, offices)
 * with their failure domains, operating systems as NetBird agents report them, agent versions,
 * services and people. Names are invented; addresses come from documentation and private ranges.
 */

export type SiteKind = 'cloud' | 'datacenter' | 'office';

interface SiteTemplate {
  prefix: string;
  kind: SiteKind;
  country: string;
  city: string;
  /** Failure domains shared by every site of the template (cloud availability zones); else per site. */
  zones?: readonly string[];
}

const SITE_TEMPLATES: readonly SiteTemplate[] = [
  { prefix: 'aws-euc1-vpc', kind: 'cloud', country: 'DE', city: 'Frankfurt am Main', zones: ['eu-central-1a', 'eu-central-1b', 'eu-central-1c'] },
  { prefix: 'fra-dc', kind: 'datacenter', country: 'DE', city: 'Frankfurt am Main' },
  { prefix: 'berlin-office-', kind: 'office', country: 'DE', city: 'Berlin' },
  { prefix: 'aws-use1-vpc', kind: 'cloud', country: 'US', city: 'Ashburn', zones: ['us-east-1a', 'us-east-1b', 'us-east-1d'] },
  { prefix: 'ams-dc', kind: 'datacenter', country: 'NL', city: 'Amsterdam' },
  { prefix: 'gcp-euw3-vpc', kind: 'cloud', country: 'DE', city: 'Frankfurt am Main', zones: ['europe-west3-a', 'europe-west3-b', 'europe-west3-c'] },
  { prefix: 'london-office-', kind: 'office', country: 'GB', city: 'London' },
  { prefix: 'az-weu-vnet', kind: 'cloud', country: 'NL', city: 'Amsterdam', zones: ['westeurope-1', 'westeurope-2', 'westeurope-3'] },
  { prefix: 'nyc-dc', kind: 'datacenter', country: 'US', city: 'New York' },
  { prefix: 'aws-euw1-vpc', kind: 'cloud', country: 'IE', city: 'Dublin', zones: ['eu-west-1a', 'eu-west-1b', 'eu-west-1c'] },
  { prefix: 'munich-office-', kind: 'office', country: 'DE', city: 'Munich' },
  { prefix: 'gcp-usc1-vpc', kind: 'cloud', country: 'US', city: 'Council Bluffs', zones: ['us-central1-a', 'us-central1-b', 'us-central1-f'] },
  { prefix: 'sf-office-', kind: 'office', country: 'US', city: 'San Francisco' },
  { prefix: 'aws-apse1-vpc', kind: 'cloud', country: 'SG', city: 'Singapore', zones: ['ap-southeast-1a', 'ap-southeast-1b', 'ap-southeast-1c'] },
  { prefix: 'warsaw-office-', kind: 'office', country: 'PL', city: 'Warsaw' },
  { prefix: 'lon-dc', kind: 'datacenter', country: 'GB', city: 'London' },
  { prefix: 'az-eus-vnet', kind: 'cloud', country: 'US', city: 'Boydton', zones: ['eastus-1', 'eastus-2', 'eastus-3'] },
  { prefix: 'madrid-office-', kind: 'office', country: 'ES', city: 'Madrid' },
  { prefix: 'toronto-office-', kind: 'office', country: 'CA', city: 'Toronto' },
  { prefix: 'tokyo-office-', kind: 'office', country: 'JP', city: 'Tokyo' },
];

export interface Site {
  index: number;
  name: string;
  kind: SiteKind;
  country: string;
  city: string;
  /** The failure domains routing peers of this site sit in: AZs, data center rooms, office racks. */
  zones: readonly string[];
  /** The public address its gateways and office devices connect from (documentation ranges). */
  publicIp: string;
}

/** makeSites: `count` sites cycling through the templates; the n-th site of a template is numbered n. */
export function makeSites(count: number): Site[] {
  return Array.from({ length: count }, (_, i) => {
    const t = SITE_TEMPLATES[i % SITE_TEMPLATES.length] as SiteTemplate;
    const n = Math.floor(i / SITE_TEMPLATES.length) + 1;
    const name = `${t.prefix}${n}`;
    // an office has two gateway spots (separate uplink and power), a data center two rooms
    const zones = t.zones ?? (t.kind === 'datacenter' ? [`${name}-room-a`, `${name}-room-b`] : [`${name}-rack-a`, `${name}-rack-b`]);
    const docRanges = ['203.0.113', '198.51.100', '192.0.2'];
    return { index: i, name, kind: t.kind, country: t.country, city: t.city, zones, publicIp: `${docRanges[i % 3]}.${10 + (i % 240)}` };
  });
}

/** OsChoice: what the agent reports (`os`, `kernel_version`) for one platform. */
export interface OsChoice {
  os: string;
  kernel: string;
}

const SERVER_OS: readonly (readonly [OsChoice, number])[] = [
  [{ os: 'Ubuntu 24.04.1 LTS', kernel: '6.8.0-51-generic' }, 30],
  [{ os: 'Ubuntu 22.04.5 LTS', kernel: '5.15.0-130-generic' }, 20],
  [{ os: 'Debian GNU/Linux 12 (bookworm)', kernel: '6.1.0-28-amd64' }, 20],
  [{ os: 'Amazon Linux 2023', kernel: '6.1.119-129.201.amzn2023.x86_64' }, 10],
  [{ os: 'Rocky Linux 9.5 (Blue Onyx)', kernel: '5.14.0-503.14.1.el9_5.x86_64' }, 8],
  [{ os: 'Alpine Linux v3.21', kernel: '6.12.5-0-lts' }, 5],
  [{ os: 'linux', kernel: '6.6.58-talos' }, 7],
];

/** A few routing peers run on Windows or macOS hosts: legal in NetBird, and a masquerade pitfall. */
const NON_LINUX_SERVER_OS: readonly OsChoice[] = [
  { os: 'Windows Server 2022 Datacenter', kernel: '10.0.20348' },
  { os: 'Darwin 14.7.1', kernel: '23.6.0' },
];

const DEVICE_OS: readonly (readonly [OsChoice, number])[] = [
  [{ os: 'Darwin 15.2', kernel: '24.2.0' }, 22],
  [{ os: 'Darwin 14.7.1', kernel: '23.6.0' }, 12],
  [{ os: 'Windows 11 Pro', kernel: '10.0.26100' }, 20],
  [{ os: 'Windows 11 Enterprise', kernel: '10.0.22631' }, 8],
  [{ os: 'Windows 10 Enterprise', kernel: '10.0.19045' }, 6],
  [{ os: 'Ubuntu 24.04.1 LTS', kernel: '6.8.0-51-generic' }, 7],
  [{ os: 'Fedora Linux 41 (Workstation Edition)', kernel: '6.12.6-200.fc41.x86_64' }, 4],
  [{ os: 'Android 15', kernel: '6.1.75-android14' }, 9],
  [{ os: 'iOS 18.2', kernel: '24.2.0' }, 12],
];

export const serverOs = (rng: Rng): OsChoice => rng.weighted(SERVER_OS);
export const nonLinuxServerOs = (rng: Rng): OsChoice => rng.pick(NON_LINUX_SERVER_OS);
export const deviceOs = (rng: Rng): OsChoice => rng.weighted(DEVICE_OS);

/**
 * Agent versions as an account sees them after months of rolling upgrades. Versions below 0.59.0
 * keep the routing peers' DNS forwarder on port 5353, so a few old routing peers matter.
 */
const DEVICE_VERSIONS: readonly (readonly [string, number])[] = [
  ['0.60.2', 30],
  ['0.60.1', 15],
  ['0.60.0', 10],
  ['0.59.1', 14],
  ['0.59.0', 6],
  ['0.58.2', 12],
  ['0.57.1', 8],
  ['0.55.1', 5],
];

const SERVER_VERSIONS: readonly (readonly [string, number])[] = [
  ['0.60.2', 55],
  ['0.60.1', 20],
  ['0.60.0', 10],
  ['0.59.1', 12],
  ['0.58.2', 3],
];

export const deviceVersion = (rng: Rng): string => rng.weighted(DEVICE_VERSIONS);
export const serverVersion = (rng: Rng): string => rng.weighted(SERVER_VERSIONS);

export const FIRST_NAMES: readonly string[] = [
  'alice', 'bob', 'carol', 'dave', 'erin', 'frank', 'grace', 'heidi', 'ivan', 'judy', 'karl', 'lena', 'mallory', 'nina', 'oscar',
  'peggy', 'quinn', 'rupert', 'sybil', 'trent', 'ursula', 'victor', 'wendy', 'xavier', 'yara', 'zoe', 'amir', 'bea', 'chen', 'dmitri',
  'elif', 'fatima', 'goran', 'hana', 'ines', 'jonas', 'kenji', 'lucia', 'mateo', 'noor', 'olga', 'priya', 'rafael', 'sven', 'tariq',
];

/** Device kinds by platform: how people name their machines. */
export function deviceKind(os: string, rng: Rng): string {
  if (os.startsWith('Darwin')) return rng.pick(['macbook', 'mbp', 'imac']);
  if (os.startsWith('Windows')) return rng.pick(['laptop', 'thinkpad', 'desktop', 'surface']);
  if (os.startsWith('Android')) return rng.pick(['pixel', 'galaxy']);
  if (os.startsWith('iOS')) return rng.pick(['iphone', 'ipad']);
  return rng.pick(['thinkpad', 'xps', 'framework']);
}

export const DEPARTMENTS: readonly string[] = [
  'engineering', 'platform', 'sre', 'data', 'security', 'it', 'finance', 'sales', 'support', 'marketing', 'hr', 'legal', 'design',
  'qa', 'research', 'contractors', 'interns', 'executives', 'operations', 'procurement',
];

export const TEAMS: readonly string[] = [
  'backend', 'frontend', 'mobile', 'payments', 'billing', 'search', 'growth', 'infra', 'network', 'identity', 'ml', 'analytics',
  'emea', 'amer', 'apac', 'oncall', 'release', 'tooling', 'devx', 'storage',
];

export const SERVICES: readonly string[] = [
  'payments', 'billing', 'crm', 'erp', 'wiki', 'git', 'ci', 'monitoring', 'logging', 'k8s-prod', 'k8s-staging', 'warehouse', 'backup',
  'hr', 'intranet', 'voip', 'printers', 'build', 'analytics', 'search', 'auth', 'mail', 'vault', 'registry', 'storage', 'sandbox', 'qa',
  'lab', 'media', 'edge',
];

export const SERVER_ROLES: readonly string[] = ['app', 'db', 'cache', 'queue', 'web', 'worker', 'bastion', 'jump', 'ci-runner', 'metrics'];

export const HOST_ROLES: readonly string[] = ['db', 'api', 'web', 'cache', 'mq', 'ldap', 'dns', 'ntp', 'nas', 'jenkins', 'grafana', 'vault', 'smtp', 'proxy'];

export const SUBNET_TIERS: readonly string[] = ['app', 'data', 'mgmt', 'dmz', 'storage', 'pods', 'services', 'lan', 'voice', 'iot'];

export const DOMAIN_HOSTS: readonly string[] = [
  'app', 'api', 'grafana', 'kibana', 'jira', 'confluence', 'gitlab', 'vault', 'registry', 'sso', 'status', 'docs', 'admin', 'portal', 'reports',
  'metrics', 'alerts', 'builds', 'artifacts', 'chat',
];
