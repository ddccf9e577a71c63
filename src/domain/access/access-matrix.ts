import { buildAccountIndex, routingPeerIds, type AccountIndex } from '@/domain/account';
import { routeIndexOf } from '@/domain/routing/route-index';
import type { SnapProtocol, SnapRoute, Snapshot } from '@/domain/snapshot';
import type { AccessChain, AccessEntry, AccessSourceType } from './access-entry';
import { accessFor } from './compute-access';

/**
 * access-matrix: the Review page's "who can reach what" as named rows, one per access entry
 * (source, destination, protocol, ports, chain, deciding policy). Rows carry names and addresses
 * so a view or an export needs no account index, and the whole computation is one call on plain
 * data, so it can move to a Web Worker unchanged.
 */

/**
 * MatrixDestinationKind: what an admin asks about. A peer destination is split into routing peers
 * (their own services: SSH, monitoring, DNS on the gateway) and other peers; a legacy route into
 * routes and exit nodes (0.0.0.0/0 or ::/0).
 */
export type MatrixDestinationKind = 'resource' | 'routing-peer' | 'peer' | 'route' | 'exit-node';

export const MATRIX_DESTINATION_KINDS: readonly MatrixDestinationKind[] = ['resource', 'routing-peer', 'peer', 'route', 'exit-node'];

export interface MatrixSource {
  type: AccessSourceType;
  id: string;
  name: string;
}

export interface MatrixDestination {
  kind: MatrixDestinationKind;
  id: string;
  name: string;
  /** The resource address, the peer's overlay IP, or the route's network or domains. */
  address: string;
  /** The network of a resource (its page lives under it); null otherwise. */
  networkId: string | null;
}

export interface AccessMatrixRow {
  /** Unique within one matrix: the collector never emits the same source, destination and grant twice. */
  key: string;
  source: MatrixSource;
  destination: MatrixDestination;
  protocol: SnapProtocol;
  /** Ports and ranges ("443", "8000-8100"); empty means every port. */
  ports: readonly string[];
  chain: AccessChain;
  /** The deciding policy; null for a legacy route without ACL groups (default allow). */
  policy: { id: string; name: string } | null;
}

export interface AccessMatrix {
  rows: AccessMatrixRow[];
  /** Every group (with or without access: "no access" is evidence too), then the peer sources. */
  sources: MatrixSource[];
}

export interface AccessMatrixOptions {
  /**
   * Peers to list as sources on their own ("peers on demand"): their rows are computed exactly,
   * through every group they are in, instead of only the rules that name them directly.
   */
  peerSources?: readonly string[] | undefined;
}

const KIND_ORDER: Record<MatrixDestinationKind, number> = { resource: 0, 'routing-peer': 1, peer: 2, route: 3, 'exit-node': 4 };

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** routeAddress: the route's CIDR, or its domains. */
const routeAddress = (r: SnapRoute): string => ((r.domains ?? []).length > 0 ? (r.domains ?? []).join(', ') : (r.network ?? ''));

/** routingPeerSet: every peer that an enabled router or route names, directly or through a peer group. */
function routingPeerSet(index: AccountIndex): Set<string> {
  const ids = new Set<string>();
  for (const r of index.routers.values()) if (r.enabled) for (const p of routingPeerIds(index, r)) ids.add(p);
  for (const r of index.snapshot.routes) if (r.enabled) for (const p of routingPeerIds(index, r)) ids.add(p);
  return ids;
}

/** namer: names and addresses for one account, memoized per object (a destination recurs in many rows). */
function namer(index: AccountIndex) {
  const routing = routingPeerSet(index);
  const routeCidr = routeIndexOf(index).routeCidr;
  const sources = new Map<string, MatrixSource>();
  const destinations = new Map<string, MatrixDestination>();
  const policies = new Map<string, { id: string; name: string }>();
  return {
    source(type: AccessSourceType, id: string): MatrixSource {
      const key = `${type}:${id}`;
      let s = sources.get(key);
      if (s === undefined) {
        const name = type === 'group' ? index.groups.get(id)?.name : index.peers.get(id)?.name;
        s = { type, id, name: name ?? id };
        sources.set(key, s);
      }
      return s;
    },
    destination(e: AccessEntry): MatrixDestination {
      const key = `${e.destination.type}:${e.destination.id}`;
      let d = destinations.get(key);
      if (d !== undefined) return d;
      const id = e.destination.id;
      switch (e.destination.type) {
        case 'resource': {
          const r = index.resources.get(id);
          d = { kind: 'resource', id, name: r?.name ?? id, address: r?.address ?? '', networkId: r?.network_id ?? null };
          break;
        }
        case 'peer': {
          const p = index.peers.get(id);
          d = { kind: routing.has(id) ? 'routing-peer' : 'peer', id, name: p?.name ?? id, address: p?.ip ?? '', networkId: null };
          break;
        }
        case 'route': {
          const r = index.routes.get(id);
          const exit = routeCidr.get(id)?.prefix === 0;
          d = { kind: exit ? 'exit-node' : 'route', id, name: r?.network_id ?? id, address: r === undefined ? '' : routeAddress(r), networkId: null };
          break;
        }
      }
      destinations.set(key, d);
      return d;
    },
    policy(id: string | null): { id: string; name: string } | null {
      if (id === null) return null;
      let p = policies.get(id);
      if (p === undefined) {
        p = { id, name: index.policies.get(id)?.name ?? id };
        policies.set(id, p);
      }
      return p;
    },
  };
}

const isIndex = (x: Snapshot | AccountIndex): x is AccountIndex => 'groupPeers' in x && x.groupPeers instanceof Map;

const compareSources = (a: MatrixSource, b: MatrixSource): number => cmp(a.type, b.type) || cmp(a.name, b.name) || cmp(a.id, b.id);
const compareDestinations = (a: MatrixDestination, b: MatrixDestination): number => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || cmp(a.name, b.name) || cmp(a.id, b.id);

/**
 * sortRows: by source (groups before peers, then by name), destination kind, destination name,
 * then protocol and ports. Fast: sources and destinations are few and shared, so each is
 * ranked once and the rows (hundreds of thousands on a big account) compare numbers.
 */
function sortRows(rows: AccessMatrixRow[]): void {
  const rank = <T>(items: Iterable<T>, compare: (a: T, b: T) => number): Map<T, number> => new Map([...new Set(items)].sort(compare).map((x, i) => [x, i]));
  const sourceRank = rank(rows.map((r) => r.source), compareSources);
  const destinationRank = rank(rows.map((r) => r.destination), compareDestinations);
  const keyed = rows.map((r) => ({ r, s: sourceRank.get(r.source) ?? 0, d: destinationRank.get(r.destination) ?? 0, g: `${r.protocol} ${r.ports.join(',')}` }));
  keyed.sort((a, b) => a.s - b.s || a.d - b.d || cmp(a.g, b.g));
  for (let i = 0; i < keyed.length; i++) rows[i] = (keyed[i] as { r: AccessMatrixRow }).r;
}

/** accessMatrix: every group's access (and that of the peers asked for), named and sorted. */
export function accessMatrix(account: Snapshot | AccountIndex, options: AccessMatrixOptions = {}): AccessMatrix {
  const index = isIndex(account) ? account : buildAccountIndex(account);
  const names = namer(index);
  const onDemand = [...new Set(options.peerSources ?? [])].filter((id) => index.peers.has(id));
  const exact = new Set(onDemand);
  const entries = accessFor(index, { kind: 'all' }).filter((e) => !(e.source.type === 'peer' && exact.has(e.source.id)));
  for (const id of onDemand) {
    const peer = index.peers.get(id);
    if (peer !== undefined) entries.push(...accessFor(index, { kind: 'peer', peer }));
  }

  const rows: AccessMatrixRow[] = entries.map((e) => {
    const ports = e.ports;
    return {
      key: `${e.source.type}:${e.source.id}|${e.destination.type}:${e.destination.id}|${e.protocol}|${ports.join(',')}`,
      source: names.source(e.source.type, e.source.id),
      destination: names.destination(e),
      protocol: e.protocol,
      ports,
      chain: e.chain,
      policy: names.policy(e.policy),
    };
  });
  sortRows(rows);

  const sources: MatrixSource[] = [...index.groups.values()].map((g) => names.source('group', g.id));
  const peerSources = new Set<string>(onDemand);
  for (const r of rows) if (r.source.type === 'peer') peerSources.add(r.source.id);
  for (const id of peerSources) sources.push(names.source('peer', id));
  sources.sort(compareSources);
  return { rows, sources };
}
