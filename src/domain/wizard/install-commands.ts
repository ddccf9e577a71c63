import { assertNever } from '@/domain/assert-never';
import type { Platform } from './plan';

/**
 * install-commands: how to install a routing peer with a setup key, per platform, following the
 * docs ("How routing peers work": IP forwarding, container capabilities, Windows local
 * forwarding). Pure text, so the wizard shows and copies exactly what the tests check. Command
 * syntax as of NetBird 0.60 (checked 2026-01).
 */
export interface InstallBlock {
  title: string;
  /** Shell text (or a manifest) to copy. */
  code: string;
  language: 'shell' | 'yaml' | 'powershell';
}

export interface InstallInstructions {
  platform: Platform;
  blocks: InstallBlock[];
  notes: string[];
}

export interface InstallInput {
  setupKey: string;
  peerName: string;
  /** The management URL when not NetBird cloud (self-hosted); null for the default. */
  managementUrl: string | null;
}

const DEFAULT_IMAGE = 'netbirdio/netbird:latest';

/** SYSCTL_RUNTIME / SYSCTL_PERSISTENT: the docs' IP-forwarding lines, set on the host. */
export const SYSCTL_RUNTIME = ['sudo sysctl -w net.ipv4.ip_forward=1', 'sudo sysctl -w net.ipv6.conf.all.forwarding=1'];
export const SYSCTL_PERSISTENT = [
  'echo "net.ipv4.ip_forward=1" | sudo tee /etc/sysctl.d/99-netbird.conf',
  'echo "net.ipv6.conf.all.forwarding=1" | sudo tee -a /etc/sysctl.d/99-netbird.conf',
];

const shellQuote = (s: string): string => (/^[A-Za-z0-9._:/@-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`);

/** k8sName: a DNS-1123 label for the Kubernetes objects. */
export const k8sName = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 50) || 'netbird-routing-peer';

function upCommand(input: InstallInput): string {
  const mgmt = input.managementUrl ? ` --management-url ${shellQuote(input.managementUrl)}` : '';
  return `sudo netbird up --setup-key ${shellQuote(input.setupKey)} --hostname ${shellQuote(input.peerName)}${mgmt}`;
}

function linux(input: InstallInput): InstallInstructions {
  return {
    platform: 'linux',
    blocks: [
      { title: 'Install and join', language: 'shell', code: ['curl -fsSL https://pkgs.netbird.io/install.sh | sh', upCommand(input)].join('\n') },
      { title: 'IP forwarding (runtime)', language: 'shell', code: SYSCTL_RUNTIME.join('\n') },
      { title: 'IP forwarding (persistent)', language: 'shell', code: SYSCTL_PERSISTENT.join('\n') },
    ],
    notes: ['The agent enables IP forwarding itself on Linux; set it yourself only when the agent cannot modify sysctl, and persist it so a reboot keeps it.'],
  };
}

function docker(input: InstallInput): InstallInstructions {
  const env = [`-e NB_SETUP_KEY=${shellQuote(input.setupKey)}`, ...(input.managementUrl ? [`-e NB_MANAGEMENT_URL=${shellQuote(input.managementUrl)}`] : [])];
  return {
    platform: 'docker',
    blocks: [
      { title: 'On the host: IP forwarding (runtime)', language: 'shell', code: SYSCTL_RUNTIME.join('\n') },
      { title: 'On the host: IP forwarding (persistent)', language: 'shell', code: SYSCTL_PERSISTENT.join('\n') },
      {
        title: 'Run the agent',
        language: 'shell',
        code: [
          'docker run -d --name netbird --restart unless-stopped \\',
          '  --cap-add NET_ADMIN --network host \\',
          `  --hostname ${shellQuote(input.peerName)} \\`,
          ...env.map((e) => `  ${e} \\`),
          '  -v netbird-client:/var/lib/netbird \\',
          `  ${DEFAULT_IMAGE}`,
        ].join('\n'),
      },
    ],
    notes: [
      'sysctl is a host-level setting: a container cannot enable IP forwarding on its own, so set it on the host that runs the container.',
      'NET_ADMIN lets the agent manage the tunnel interface and firewall; host networking puts the routes and rules on the host itself.',
    ],
  };
}

function kubernetes(input: InstallInput): InstallInstructions {
  const name = k8sName(input.peerName);
  const mgmtEnv = input.managementUrl ? `\n            - name: NB_MANAGEMENT_URL\n              value: ${JSON.stringify(input.managementUrl)}` : '';
  const manifest = `apiVersion: v1
kind: Secret
metadata:
  name: ${name}-setup-key
type: Opaque
stringData:
  setup-key: ${JSON.stringify(input.setupKey)}
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
spec:
  replicas: 1
  selector:
    matchLabels:
      app: ${name}
  template:
    metadata:
      labels:
        app: ${name}
    spec:
      containers:
        - name: netbird
          image: ${DEFAULT_IMAGE}
          env:
            - name: NB_SETUP_KEY
              valueFrom:
                secretKeyRef:
                  name: ${name}-setup-key
                  key: setup-key
            - name: NB_HOSTNAME
              value: ${JSON.stringify(input.peerName)}${mgmtEnv}
          securityContext:
            capabilities:
              add:
                - NET_ADMIN
                - SYS_RESOURCE
                - SYS_ADMIN
`;
  return {
    platform: 'kubernetes',
    blocks: [
      { title: 'Manifest (routing-peer.yaml)', language: 'yaml', code: manifest },
      { title: 'Apply', language: 'shell', code: 'kubectl apply -f routing-peer.yaml' },
    ],
    notes: [
      'The setup key stays in a Secret, not in the Deployment spec.',
      'NET_ADMIN manages the tunnel; SYS_RESOURCE and SYS_ADMIN are needed for tunnel and firewall management.',
      'IP forwarding is a node setting (sysctl): make sure the nodes forward, a pod cannot enable it for the node.',
    ],
  };
}

function windows(input: InstallInput): InstallInstructions {
  const mgmt = input.managementUrl ? ` --management-url ${input.managementUrl}` : '';
  return {
    platform: 'windows',
    blocks: [
      { title: 'Install and join (PowerShell as Administrator)', language: 'powershell', code: `winget install NetBird.NetBird\nnetbird up --setup-key ${input.setupKey} --hostname ${input.peerName}${mgmt}` },
      { title: 'Only if clients must reach services on this host itself', language: 'powershell', code: 'netbird service reconfigure --service-env NB_ENABLE_LOCAL_FORWARDING=true' },
    ],
    notes: [
      'No extra setup is needed on Windows to forward traffic to routed subnets.',
      'Enable NB_ENABLE_LOCAL_FORWARDING only when clients must reach services bound to the routing peer’s own local addresses (e.g. a dashboard on the host). Leave it off otherwise: it can expose localhost-bound services unintentionally.',
      'Masquerade cannot be turned off on a Windows routing peer (Linux only).',
    ],
  };
}

/** installInstructions: the blocks and notes for one platform. */
export function installInstructions(platform: Platform, input: InstallInput): InstallInstructions {
  switch (platform) {
    case 'linux':
      return linux(input);
    case 'docker':
      return docker(input);
    case 'kubernetes':
      return kubernetes(input);
    case 'windows':
      return windows(input);
    default:
      return assertNever(platform);
  }
}

export const PLATFORMS: readonly { id: Platform; label: string }[] = [
  { id: 'linux', label: 'Linux' },
  { id: 'docker', label: 'Docker' },
  { id: 'kubernetes', label: 'Kubernetes' },
  { id: 'windows', label: 'Windows' },
];
