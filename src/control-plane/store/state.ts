import type {
  AccountSettings,
  DnsSettings,
  Lab,
  NameserverGroup,
  PolicyRuleRequest,
  ResourceRef,
  Route,
} from '@/api/schemas';

/**
 * StoreState: the control plane's records, normalized the way NetBird's management server keeps
 * them. Membership has one source of truth, the group (`peers`, `resources`); a peer's and a
 * resource's `groups` are derived when serialized. Maps keep insertion order, so lists are stable.
 */
export interface AccountRecord {
  id: string;
  domain: string;
  domain_category: string;
  created_at: string;
  created_by: string;
  settings: AccountSettings;
}

/** A peer as the API shows it, minus `groups` (derived from group membership). */
export interface PeerRecord {
  id: string;
  name: string;
  ip: string;
  connected: boolean;
  os: string;
  version: string;
  login_expiration_enabled: boolean;
  /** Every other wire field (hostname, dns_label, last_seen, ...), kept as the API returned it. */
  extra: Record<string, unknown>;
}

export interface GroupRecord {
  id: string;
  name: string;
  issued?: 'api' | 'integration' | 'jwt';
  peers: string[];
  resources: ResourceRef[];
}

/** A policy rule with group ids (PolicyRuleUpdate); expanded to GroupMinimum when serialized. */
export type PolicyRuleRecord = PolicyRuleRequest & { id: string };

export interface PolicyRecord {
  id: string;
  name: string;
  description: string;
  enabled: boolean;
  source_posture_checks: string[];
  rules: PolicyRuleRecord[];
}

export type RouteRecord = Route;

export interface NetworkRecord {
  id: string;
  name: string;
  description: string;
}

export interface ResourceRecord {
  id: string;
  network_id: string;
  name: string;
  description: string;
  /** Normalized address: a host is stored as /32 or /128, a subnet masked, a domain in punycode. */
  address: string;
  enabled: boolean;
}

export interface RouterRecord {
  id: string;
  network_id: string;
  peer?: string;
  peer_groups?: string[];
  metric: number;
  masquerade: boolean;
  enabled: boolean;
}

export type NameserverGroupRecord = NameserverGroup;

export interface SetupKeyRecord {
  id: string;
  name: string;
  /** The key as listings show it (masked); the plain key is returned once, by the create call. */
  masked_key: string;
  type: 'reusable' | 'one-off';
  /** ISO time, or the zero time when the key never expires. */
  expires: string;
  revoked: boolean;
  used_times: number;
  last_used: string;
  auto_groups: string[];
  updated_at: string;
  usage_limit: number;
  ephemeral: boolean;
  allow_extra_dns_labels: boolean;
}

export interface StoreState {
  account: AccountRecord;
  peers: Map<string, PeerRecord>;
  groups: Map<string, GroupRecord>;
  policies: Map<string, PolicyRecord>;
  routes: Map<string, RouteRecord>;
  networks: Map<string, NetworkRecord>;
  resources: Map<string, ResourceRecord>;
  routers: Map<string, RouterRecord>;
  nameservers: Map<string, NameserverGroupRecord>;
  dnsSettings: DnsSettings;
  setupKeys: Map<string, SetupKeyRecord>;
  lab: Lab;
}

/** The zero time NetBird uses for "never" (e.g. a setup key without expiry). */
export const ZERO_TIME = '0001-01-01T00:00:00Z';
