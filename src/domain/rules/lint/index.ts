/**
 * lint: the account linter (issue 5). `lintAccount` runs every family; each family and the
 * predicates the editors share with it are exported here, so a rule is stated once.
 */
export * from './finding';
export * from './fix';
export { lintAccount, LINT_FAMILIES, type LintFamily } from './lint-account';
export { lintRouteAcl, routeHasNoAcl } from './route-acl';
export { exitNodeRoute } from './exit-node-route';
export { lintNetworkResources, networkMixesDomainAndIp, type TypedResource } from './network-resources';
export { lintExitNodes } from './exit-nodes';
export {
  DEFAULT_NETBIRD_RANGE,
  haReason,
  lintMasquerade,
  masqueradeOffAllowed,
  netbirdRange,
  nonLinuxReason,
  returnRouteAdvice,
  type MasqueradeOffInput,
  type MasqueradeOffVerdict,
} from './masquerade';
export { isLinuxPeer, nonLinuxPeers, peerOsFamily, type OsFamily, type OsPeer } from './peer-os';
export { haIsEffective, lintHighAvailability, sharedFailureDomain } from './high-availability';
export { lintRoutingPeerPresence } from './routing-peer-presence';
export { isResourceDestination, lintResourcePolicies } from './resource-policies';
export { isWildcardAddress, lintDomainRouting, needsRoutingPeerDns, routingPeerDnsOn } from './domain-routing';
export { lintDnsForwarder } from './dns-forwarder';
export { lintOverlaps } from './overlaps';
export { lintLoginExpiration } from './login-expiration';
export { lintInputChain } from './input-chain';
export { groupIsEmpty, lintPolicyGroups } from './policy-groups';
export { haSetKey, routeDestinationKey, servingUnitsOf, unitLabel, type NetworkUnit, type RouteSetUnit, type ServingUnit, type ServingUnits } from './serving-units';
export { peerReach, type PeerReach } from './peer-reach';
