/** firewall: the ruleset a peer's agent would install, as data and as `nft list ruleset` text. */
export * from './nft';
export { buildRuleset } from './build-ruleset';
export { renderRuleset, renderRule } from './render-nft';
export { dnsForwarderOf, servedDomains, type DnsForwarder } from './dns-forwarder';
export { servedBy, isRoutingPeer, isExitRoute, type Served } from './served';
