/**
 * nft: the shape of a ruleset as `nft list ruleset` prints it: tables holding named sets and
 * chains, chains holding rules. Every rule says where it comes from (`origin`), so a view can
 * link a line of the ruleset back to the policy, router or route that produced it.
 */

export type RuleOrigin =
  | { kind: 'policy'; policyId: string; ruleId: string | null }
  /** A legacy route without ACL groups: NetBird permits every source to its destination. */
  | { kind: 'route-default-permit'; routeId: string }
  | { kind: 'router'; routerId: string; networkId: string }
  | { kind: 'route'; routeId: string }
  | { kind: 'dns-forwarder' }
  | { kind: 'stateful' }
  | { kind: 'default-deny' };

export interface NftRule {
  /** The match expressions, in order, e.g. `iifname "wt0"`, `ip saddr @nb-src-1`, `tcp dport { 22, 443 }`. */
  match: string[];
  /** The verdict or statement: `accept`, `drop`, `masquerade`, `redirect to :22054`. */
  verdict: string;
  comment: string;
  origin: RuleOrigin;
}

export interface NftChain {
  name: string;
  type: 'filter' | 'nat';
  hook: 'input' | 'forward' | 'prerouting' | 'postrouting';
  priority: 'filter' | 'srcnat' | 'dstnat';
  policy: 'accept' | 'drop';
  rules: NftRule[];
}

export interface NftSet {
  name: string;
  type: 'ipv4_addr' | 'ipv6_addr';
  /** `interval` when elements may be prefixes. */
  interval: boolean;
  elements: string[];
  comment: string;
}

export interface NftTable {
  family: 'inet' | 'ip' | 'ip6';
  name: string;
  sets: NftSet[];
  chains: NftChain[];
}

export interface Ruleset {
  peerId: string;
  tables: NftTable[];
}

/** WG_IFACE: the NetBird WireGuard interface name on Linux. */
export const WG_IFACE = 'wt0';

/** nftString: a double-quoted nft string; nft has no escape for `"`, so inner quotes become `'`. */
export const nftString = (text: string): string => `"${text.replace(/"/g, "'")}"`;
