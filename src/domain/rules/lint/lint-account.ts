import { buildAccountIndex, type AccountIndex } from '@/domain/account';
import type { Snapshot } from '@/domain/snapshot';
import { lintDnsForwarder } from './dns-forwarder';
import { lintDomainRouting } from './domain-routing';
import { lintExitNodes } from './exit-nodes';
import { sortFindings, type Finding, type LintScope } from './finding';
import { lintHighAvailability } from './high-availability';
import { lintInputChain } from './input-chain';
import { lintLoginExpiration } from './login-expiration';
import { lintMasquerade } from './masquerade';
import { lintNetworkResources } from './network-resources';
import { lintOverlaps } from './overlaps';
import { lintPolicyGroups } from './policy-groups';
import { lintResourcePolicies } from './resource-policies';
import { lintRouteAcl } from './route-acl';
import { lintRoutingPeerPresence } from './routing-peer-presence';

/**
 * lint-account: every family of findings over one account. Families share the account index and
 * its cached lookups (rule index, route index, serving units), so the whole account is linted in
 * a few linear passes; an editor runs one family, or all of them with a scope.
 */

export type LintFamily = (index: AccountIndex, scope?: LintScope) => Finding[];

export const LINT_FAMILIES: Readonly<Record<string, LintFamily>> = {
  'route-acl': lintRouteAcl,
  'network-resources': lintNetworkResources,
  'exit-nodes': lintExitNodes,
  masquerade: lintMasquerade,
  'high-availability': lintHighAvailability,
  'routing-peer-presence': lintRoutingPeerPresence,
  'resource-policies': lintResourcePolicies,
  'domain-routing': lintDomainRouting,
  'dns-forwarder': lintDnsForwarder,
  overlaps: lintOverlaps,
  'login-expiration': lintLoginExpiration,
  'input-chain': lintInputChain,
  'policy-groups': lintPolicyGroups,
};

const isIndex = (x: Snapshot | AccountIndex): x is AccountIndex => 'groupPeers' in x && x.groupPeers instanceof Map;

/** lintAccount: every finding of the account (or those naming `scope`), errors first, then by code and first ref. */
export function lintAccount(account: Snapshot | AccountIndex, scope?: LintScope): Finding[] {
  const index = isIndex(account) ? account : buildAccountIndex(account);
  const out: Finding[] = [];
  for (const family of Object.values(LINT_FAMILIES)) out.push(...family(index, scope));
  return sortFindings(out);
}
