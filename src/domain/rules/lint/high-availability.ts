import { routingPeerIds, type AccountIndex } from '@/domain/account';
import { haBadgeOn, haStatus, sharedFailureDomainOf } from '@/domain/routing/ha-status';
import { finding, inScope, ref, type Finding, type FindingRef, type LintScope } from './finding';
import { capitalize, joinList, peerList, plural, routingPeerSpec } from './names';
import { servingUnitsOf, unitLabel, unitRefs, type ServingUnit } from './serving-units';

/**
 * high-availability: NetBird's own HA badge counts routers; what matters is how many distinct
 * enabled peers can carry traffic (a peer named directly and through a group counts once, a
 * disabled router counts for nothing) and whether they can fail independently (the docs: place
 * highly available peers in different failure domains).
 */

/**
 * sharedFailureDomain: the one failure domain every peer is in, when there are at least two peers
 * and each has a known domain (from the lab); null otherwise. An unknown domain is not a
 * shared one: the linter does not guess. The rule itself is the HA panel's (domain/routing/ha-status).
 */
export function sharedFailureDomain(index: AccountIndex, peerIds: readonly string[]): string | null {
  return sharedFailureDomainOf(peerIds.map((id) => ({ failureDomain: index.lab(id).failure_domain })));
}

/**
 * haIsEffective: at least two distinct enabled peers, not all in one known failure domain: the
 * same haStatus the HA panel's badge shows, on configuration only (liveness is the
 * routing-peers-offline family's).
 */
export function haIsEffective(index: AccountIndex, peerIds: readonly string[]): boolean {
  return haBadgeOn(haStatus(peerIds.map((id) => ({ id, failureDomain: index.lab(id).failure_domain }))));
}

interface Carrier {
  label: string;
  enabled: boolean;
  peerIds: string[];
}

function carriersOf(index: AccountIndex, unit: ServingUnit): Carrier[] {
  if (unit.kind === 'network') {
    return unit.routers.map((r) => ({ label: `the router for ${routingPeerSpec(index, r)}`, enabled: r.enabled, peerIds: routingPeerIds(index, r) }));
  }
  return unit.routes.map((r) => ({ label: `route ${r.id} (${routingPeerSpec(index, r)})`, enabled: r.enabled, peerIds: routingPeerIds(index, r) }));
}

/** whyNotEffective: the configured carriers that do not add a distinct enabled peer. */
function whyNotEffective(index: AccountIndex, carriers: readonly Carrier[]): string[] {
  const reasons: string[] = [];
  const disabled = carriers.filter((c) => !c.enabled);
  if (disabled.length > 0) reasons.push(`${joinList(disabled.map((c) => c.label), 'and')} ${disabled.length === 1 ? 'is' : 'are'} disabled`);
  const enabled = carriers.filter((c) => c.enabled);
  const empty = enabled.filter((c) => c.peerIds.length === 0);
  if (empty.length > 0) reasons.push(`${joinList(empty.map((c) => c.label), 'and')} stand${empty.length === 1 ? 's' : ''} for no peer`);
  const times = new Map<string, number>();
  for (const c of enabled) for (const p of c.peerIds) times.set(p, (times.get(p) ?? 0) + 1);
  const twice = [...times].filter(([, n]) => n > 1).map(([p]) => p);
  if (twice.length > 0) reasons.push(`${peerList(index, twice)} ${twice.length === 1 ? 'is' : 'are'} named more than once (directly and through a group, or in two groups) and count${twice.length === 1 ? 's' : ''} once`);
  return reasons;
}

function notEffective(index: AccountIndex, unit: ServingUnit): Finding | null {
  const configured = unit.kind === 'network' ? unit.routers.length : unit.routes.length;
  if (configured < 2 || haStatus(unit.peerIds.map((id) => ({ id }))).kind !== 'too-few-peers') return null;
  const carriers = carriersOf(index, unit);
  const what = unit.kind === 'network' ? plural(configured, 'router') : plural(configured, 'route');
  const peers = unit.peerIds.length === 0 ? 'no enabled routing peer can' : `only ${peerList(index, unit.peerIds)} can`;
  const reasons = whyNotEffective(index, carriers);
  const refs: FindingRef[] = [...unitRefs(unit), ...(unit.kind === 'network' ? unit.routers.map((r) => ref('router', r.id)) : []), ...unit.peerIds.map((p) => ref('peer', p))];
  return finding(
    'ha-not-effective',
    `${capitalize(unitLabel(index, unit))} has ${what} configured, but ${peers} carry traffic${reasons.length > 0 ? `: ${reasons.join('; ')}` : ''}. High availability needs at least two distinct enabled routing peers.`,
    refs,
  );
}

function sameDomain(index: AccountIndex, unit: ServingUnit): Finding | null {
  const domain = sharedFailureDomain(index, unit.peerIds);
  if (domain === null) return null;
  return finding(
    'ha-same-failure-domain',
    `All ${unit.peerIds.length} routing peers of ${unitLabel(index, unit)} (${peerList(index, unit.peerIds)}) are in failure domain "${domain}": one outage there takes every one of them down. Place highly available peers in different failure domains (separate AZs, hypervisors or hosts).`,
    [...unitRefs(unit), ...unit.peerIds.map((p) => ref('peer', p))],
  );
}

/** lintHighAvailability: ha-not-effective and ha-same-failure-domain for every network and HA route set. */
export function lintHighAvailability(index: AccountIndex, scope?: LintScope): Finding[] {
  const units = servingUnitsOf(index);
  const out: Finding[] = [];
  const check = (unit: ServingUnit) => {
    for (const f of [notEffective(index, unit), sameDomain(index, unit)]) if (f !== null) out.push(f);
  };
  for (const unit of units.networks.values()) if (scope?.type !== 'network' || scope.id === unit.network.id) check(unit);
  for (const unit of units.routeSets.values()) if (scope?.type !== 'network') check(unit);
  return inScope(out, scope);
}
