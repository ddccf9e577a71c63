import type {
  SnapAccount,
  SnapAccountSettings,
  SnapGroup,
  SnapLabPeer,
  SnapNameserverGroup,
  SnapNetwork,
  SnapPeer,
  SnapPolicy,
  SnapPolicyRule,
  SnapResource,
  SnapResourceRef,
  SnapRoute,
  SnapRouter,
  SnapSetupKey,
  Snapshot,
} from '@/domain/snapshot';

/**
 * wire: the generated account in the exact shape NetBird's API returns (nbrc-account/1), written
 * as extensions of the domain Snapshot so a generated account feeds the linter and the trace as it
 * is, and parses under the api layer's wire schemas unchanged (the CLI test checks both).
 */
export interface GenGroupMinimum {
  id: string;
  name: string;
  peers_count: number;
  resources_count: number;
  issued: 'api' | 'jwt' | 'integration';
}

export interface GenPeer extends SnapPeer {
  groups: GenGroupMinimum[];
  connection_ip: string;
  last_seen: string;
  kernel_version: string;
  ssh_enabled: boolean;
  user_id: string;
  hostname: string;
  ui_version: string;
  dns_label: string;
  login_expired: boolean;
  last_login: string;
  inactivity_expiration_enabled: boolean;
  approval_required: boolean;
  country_code: string;
  city_name: string;
  serial_number: string;
  extra_dns_labels: string[];
  ephemeral: boolean;
  created_at: string;
}

export interface GenGroup extends SnapGroup, GenGroupMinimum {
  peers: { id: string; name: string }[];
  resources: SnapResourceRef[];
}

export interface GenPolicyRule extends SnapPolicyRule {
  id: string;
  description: string;
  sources: GenGroupMinimum[];
  destinations: GenGroupMinimum[];
}

export interface GenPolicy extends SnapPolicy {
  description: string;
  rules: GenPolicyRule[];
}

export interface GenNetwork extends SnapNetwork {
  description: string;
  routers: string[];
  resources: string[];
  policies: string[];
  routing_peers_count: number;
}

export interface GenResource extends SnapResource {
  description: string;
  groups: GenGroupMinimum[];
}

export interface GenNameserverGroup extends SnapNameserverGroup {
  description: string;
  search_domains_enabled: boolean;
  nameservers: { ip: string; ns_type: 'udp'; port: number }[];
}

export interface GenSetupKey extends SnapSetupKey {
  key: string;
  expires: string;
  used_times: number;
  last_used: string;
  state: string;
  updated_at: string;
  usage_limit: number;
  ephemeral: boolean;
  allow_extra_dns_labels: boolean;
}

export interface GenAccountSettings extends SnapAccountSettings {
  peer_inactivity_expiration_enabled: boolean;
  peer_inactivity_expiration: number;
  regular_users_view_blocked: boolean;
  groups_propagation_enabled: boolean;
  jwt_groups_enabled: boolean;
  jwt_groups_claim_name: string;
  jwt_allow_groups: string[];
  routing_peer_dns_resolution_enabled: boolean;
  dns_domain: string;
  network_range: string;
  peer_expose_enabled: boolean;
  peer_expose_groups: string[];
  lazy_connection_enabled: boolean;
}

export interface GenAccount extends SnapAccount {
  domain: string;
  domain_category: string;
  created_at: string;
  created_by: string;
  settings: GenAccountSettings;
}

export interface GenLab {
  peers: Record<string, SnapLabPeer>;
  dns: Record<string, string[]>;
}

/** GeneratedSnapshot: an nbrc-account/1 snapshot, field for field what GET returns. */
export interface GeneratedSnapshot extends Snapshot {
  format: 'nbrc-account/1';
  account: GenAccount;
  peers: GenPeer[];
  groups: GenGroup[];
  policies: GenPolicy[];
  routes: SnapRoute[];
  networks: GenNetwork[];
  network_resources: Record<string, GenResource[]>;
  network_routers: Record<string, SnapRouter[]>;
  nameservers: GenNameserverGroup[];
  dns_settings: { disabled_management_groups: string[] };
  setup_keys: GenSetupKey[];
  lab: GenLab;
}
