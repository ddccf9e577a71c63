import { buildAccountIndex, routingPeerIds, type AccountIndex } from '@/domain/account';
import { accessFor } from '@/domain/access/compute-access';
import { networkHaView } from '@/domain/routing/ha-view';
import type { HaStatus } from '@/domain/routing/ha-status';
import { countBySeverity, fixLabel, lintAccount, type Finding, type FixSuggestion, type LintCode, type Severity } from '@/domain/rules/lint';
import type { Snapshot } from '@/domain/snapshot';
import { namedRef, type NamedRef } from './named-ref';

/**
 * review-report: everything the Review page shows about an account, computed in one call from
 * the snapshot: the linter's findings with their objects named, and a health line per network.
 * The result is plain data (no Maps, no functions), so the call can move to a Web Worker as is.
 */

export interface ReviewFinding {
  /** Stable while the finding exists: code and objects (a list key, a URL fragment). */
  key: string;
  code: LintCode;
  severity: Severity;
  message: string;
  /** The objects concerned, the main one first. */
  refs: NamedRef[];
  fix: FixSuggestion | null;
  /** The one-click button's text, when there is a fix. */
  fixLabel: string | null;
}

export interface NetworkHealth {
  id: string;
  name: string;
  resources: {
    total: number;
    enabled: number;
    /** Enabled resources that some source reaches (a policy targets them and a routing peer serves them). */
    reachable: number;
    /** The enabled resources nobody reaches, by name. */
    unreachable: { id: string; name: string }[];
  };
  /** Distinct peers behind the network's enabled routers. */
  routingPeers: number;
  ha: HaStatus;
  /** Findings naming the network, one of its resources or one of its routers. */
  findings: Record<Severity, number>;
}

export interface ReviewReport {
  findings: ReviewFinding[];
  counts: Record<Severity, number>;
  networks: NetworkHealth[];
}

const isIndex = (x: Snapshot | AccountIndex): x is AccountIndex => 'groupPeers' in x && x.groupPeers instanceof Map;

function reviewFindings(index: AccountIndex, findings: readonly Finding[]): ReviewFinding[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const base = `${f.code}:${f.refs.map((r) => `${r.type}=${r.id}`).join(',')}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return {
      key: n === 0 ? base : `${base}#${n}`,
      code: f.code,
      severity: f.severity,
      message: f.message,
      refs: f.refs.map((r) => namedRef(index, r)),
      fix: f.fix ?? null,
      fixLabel: f.fix === undefined ? null : fixLabel(f.fix),
    };
  });
}

/** networkOf: the network a finding ref belongs to (the network itself, or a resource's or router's). */
function networkOf(index: AccountIndex, type: string, id: string): string | null {
  if (type === 'network') return id;
  if (type === 'resource') return index.resources.get(id)?.network_id ?? null;
  if (type === 'router') return index.routers.get(id)?.network_id ?? null;
  return null;
}

function networkHealth(index: AccountIndex, findings: readonly Finding[]): NetworkHealth[] {
  const reached = new Set<string>();
  for (const e of accessFor(index, { kind: 'all' }, ['resource'])) reached.add(e.destination.id);

  const findingsByNetwork = new Map<string, Finding[]>();
  for (const f of findings) {
    const networks = new Set<string>();
    for (const r of f.refs) {
      const n = networkOf(index, r.type, r.id);
      if (n !== null) networks.add(n);
    }
    for (const n of networks) {
      const list = findingsByNetwork.get(n);
      if (list === undefined) findingsByNetwork.set(n, [f]);
      else list.push(f);
    }
  }

  return index.snapshot.networks.map((n) => {
    const resources = index.resourcesOfNetwork.get(n.id) ?? [];
    const enabled = resources.filter((r) => r.enabled);
    const unreachable = enabled.filter((r) => !reached.has(r.id)).map((r) => ({ id: r.id, name: r.name }));
    const peers = new Set<string>();
    for (const router of index.routersOfNetwork.get(n.id) ?? []) if (router.enabled) for (const p of routingPeerIds(index, router)) peers.add(p);
    return {
      id: n.id,
      name: n.name,
      resources: { total: resources.length, enabled: enabled.length, reachable: enabled.length - unreachable.length, unreachable },
      routingPeers: peers.size,
      ha: networkHaView(index, n.id).status,
      findings: countBySeverity(findingsByNetwork.get(n.id) ?? []),
    };
  });
}

/** reviewAccount: the findings and the per-network health of an account. */
export function reviewAccount(account: Snapshot | AccountIndex): ReviewReport {
  const index = isIndex(account) ? account : buildAccountIndex(account);
  const findings = lintAccount(index);
  return { findings: reviewFindings(index, findings), counts: countBySeverity(findings), networks: networkHealth(index, findings) };
}
