/**
 * The account snapshot as the domain sees it: the fields of NetBird's API objects that analysis
 * (linter, reachability, simulator) reads. The api layer's zod-derived `AccountSnapshot` is checked
 * to be assignable to this (src/api/schemas/snapshot-domain-check.ts), so the two cannot drift.
 */
export interface SnapGroupRef {
  id: string;
  name?: string;
}

export type SnapResourceType = 'host' | 'subnet' | 'domain' | 'peer';

export interface SnapResourceRef {
  id: string;
  type: SnapResourceType;
}

export interface SnapAccountSettings {
  peer_login_expiration_enabled: boolean;
  peer_login_expiration: number;
  routing_peer_dns_resolution_enabled?: boolean | undefined;
  network_range?: string | undefined;
  dns_domain?: string | undefined;
}

export interface SnapAccount {
  id: string;
  settings: SnapAccountSettings;
}

export interface SnapPeer {
  id: string;
  name: string;
  ip: string;
  ipv6?: string | undefined;
  connected: boolean;
  os: string;
  version: string;
  groups: readonly SnapGroupRef[];
  login_expiration_enabled: boolean;
  hostname?: string | undefined;
  dns_label?: string | undefined;
  kernel_version?: string | undefined;
}

export interface SnapGroup {
  id: string;
  name: string;
  peers: readonly { id: string; name?: string }[];
  resources: readonly SnapResourceRef[];
}

export type SnapProtocol = 'all' | 'tcp' | 'udp' | 'icmp' | 'netbird-ssh';
export type SnapAction = 'accept' | 'drop';

export interface SnapPolicyRule {
  id?: string | undefined;
  name: string;
  enabled: boolean;
  action: SnapAction;
  bidirectional: boolean;
  protocol: SnapProtocol;
  ports?: readonly string[] | null | undefined;
  port_ranges?: readonly { start: number; end: number }[] | null | undefined;
  sources: readonly SnapGroupRef[];
  destinations: readonly SnapGroupRef[];
  sourceResource?: SnapResourceRef | null | undefined;
  destinationResource?: SnapResourceRef | null | undefined;
}

export interface SnapPolicy {
  id: string;
  name: string;
  enabled: boolean;
  rules: readonly SnapPolicyRule[];
  source_posture_checks: readonly string[];
}

export interface SnapRoute {
  id: string;
  network_id: string;
  description: string;
  network_type: 'IPv4' | 'IPv6' | 'Domain';
  enabled: boolean;
  peer?: string | undefined;
  peer_groups?: readonly string[] | null | undefined;
  network?: string | undefined;
  domains?: readonly string[] | null | undefined;
  metric: number;
  masquerade: boolean;
  groups: readonly string[];
  keep_route: boolean;
  access_control_groups?: readonly string[] | null | undefined;
  skip_auto_apply?: boolean | undefined;
}

export interface SnapNetwork {
  id: string;
  name: string;
  description?: string | undefined;
}

export interface SnapResource {
  id: string;
  type: 'host' | 'subnet' | 'domain';
  name: string;
  address: string;
  enabled: boolean;
  groups: readonly SnapGroupRef[];
}

export interface SnapRouter {
  id: string;
  peer?: string | undefined;
  peer_groups?: readonly string[] | null | undefined;
  metric: number;
  masquerade: boolean;
  enabled: boolean;
}

export interface SnapNameserverGroup {
  id: string;
  name: string;
  enabled: boolean;
  groups: readonly string[];
  primary: boolean;
  domains: readonly string[];
  nameservers: readonly { ip: string; ns_type: string; port: number }[];
}

export interface SnapSetupKey {
  id: string;
  name: string;
  type: string;
  revoked: boolean;
  valid: boolean;
  auto_groups: readonly string[];
}

/** SnapLabConnection: how a peer reaches another: peer-to-peer, through a relay, or idle (lazy, not yet connected). */
export type SnapLabConnection = 'direct' | 'relayed' | 'idle';

export interface SnapLabPeer {
  online?: boolean | undefined;
  failure_domain?: string | undefined;
  lan_ip?: string | undefined;
  latency_ms?: Readonly<Record<string, number>> | undefined;
  /** Standard deviation of the latency samples to each peer (ms); default 0. */
  latency_noise_ms?: Readonly<Record<string, number>> | undefined;
  /** Connection to each peer; default direct. Read from either side, like latency. */
  connection?: Readonly<Record<string, SnapLabConnection>> | undefined;
  /** Established TCP flows this peer keeps through each route it uses (reset by a switch); default 1. */
  tcp_flows?: number | undefined;
}

export interface SnapLab {
  peers?: Readonly<Record<string, SnapLabPeer>> | undefined;
  dns?: Readonly<Record<string, readonly string[]>> | undefined;
}

export interface Snapshot {
  account: SnapAccount;
  peers: readonly SnapPeer[];
  groups: readonly SnapGroup[];
  policies: readonly SnapPolicy[];
  routes: readonly SnapRoute[];
  networks: readonly SnapNetwork[];
  network_resources: Readonly<Record<string, readonly SnapResource[]>>;
  network_routers: Readonly<Record<string, readonly SnapRouter[]>>;
  nameservers: readonly SnapNameserverGroup[];
  dns_settings: { disabled_management_groups: readonly string[] };
  setup_keys: readonly SnapSetupKey[];
  lab?: SnapLab | undefined;
}
