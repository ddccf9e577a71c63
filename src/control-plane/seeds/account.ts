import type { AccountRecord } from '../store/state';

/**
 * seedAccount: the account record both seeds share. Settings are NetBird's defaults for a new
 * cloud account, except Routing Peer DNS Resolution, which is on so that wildcard domain resources
 * work (how-routing-peers-work: "Wildcard domain resources require Routing Peer DNS Resolution").
 */
export function seedAccount(): AccountRecord {
  return {
    id: 'acc-demo',
    domain: 'corp.example',
    domain_category: 'private',
    created_at: '2025-09-01T08:00:00Z',
    created_by: 'user-admin',
    settings: {
      peer_login_expiration_enabled: true,
      peer_login_expiration: 86400,
      peer_inactivity_expiration_enabled: false,
      peer_inactivity_expiration: 600,
      regular_users_view_blocked: true,
      groups_propagation_enabled: true,
      jwt_groups_enabled: false,
      jwt_groups_claim_name: '',
      jwt_allow_groups: [],
      routing_peer_dns_resolution_enabled: true,
      dns_domain: '',
      network_range: '100.92.0.0/16',
      peer_expose_enabled: false,
      peer_expose_groups: [],
      lazy_connection_enabled: false,
    },
  };
}
