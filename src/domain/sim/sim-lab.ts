import { isPeerOnline, type AccountIndex } from '@/domain/account';
import type { SnapLabConnection } from '@/domain/snapshot';
import { hashPair, hashString } from './noise';
import type { LinkEvent, PeerEvent } from './scenario';

/**
 * sim-lab: the lab as it stands at one moment of a run: the account's lab (with the scenario's
 * overrides) plus what events changed since. Links are symmetric and read from either side, like
 * the lab's latencies; only what events touch is stored, so a thousand clients cost nothing until
 * something happens to them.
 */

/** LinkView: one link as the simulator and the per-peer views read it. */
export interface LinkView {
  connection: SnapLabConnection;
  /** Base latency; null when the lab does not know it. */
  latency_ms: number | null;
  noise_ms: number;
}

interface LinkOverride {
  connection?: SnapLabConnection | undefined;
  latency_ms?: number | null | undefined;
  noise_ms?: number | undefined;
}

export interface SimLab {
  /** The index whose lab is the starting point (the snapshot's lab merged with the scenario's). */
  base: AccountIndex;
  /** Liveness set by events. */
  online: Map<string, boolean>;
  /** Liveness from the lab and the API, memoized (the run asks for it on every evaluation). */
  baseOnline: Map<string, boolean>;
  /** Link changes made by events, by the lower peer id, then the higher (no key string built per lookup). */
  links: Map<string, Map<string, LinkOverride>>;
  /** Hash of each peer id, for the noise; filled on demand. */
  peerHashes: Map<string, number>;
  /** The other ends of the links the lab or an event describes, by peer (both ways); null until first asked for. */
  partners: Map<string, Set<string>> | null;
}

export const newSimLab = (base: AccountIndex): SimLab => ({ base, online: new Map(), baseOnline: new Map(), links: new Map(), peerHashes: new Map(), partners: null });

function addPartners(partners: Map<string, Set<string>>, a: string, b: string): void {
  for (const [x, y] of [
    [a, b],
    [b, a],
  ] as const) {
    const set = partners.get(x);
    if (set === undefined) partners.set(x, new Set([y]));
    else set.add(y);
  }
}

function partnersOf(lab: SimLab): Map<string, Set<string>> {
  if (lab.partners === null) {
    const partners = new Map<string, Set<string>>();
    for (const [id, p] of Object.entries(lab.base.snapshot.lab?.peers ?? {})) {
      for (const links of [p.latency_ms, p.latency_noise_ms, p.connection]) for (const other of Object.keys(links ?? {})) addPartners(partners, id, other);
    }
    lab.partners = partners;
  }
  return lab.partners;
}

/**
 * linkPartners: the peers whose link with this one the lab or an event describes (latency,
 * noise, connection, at either end). Every other link of the peer is the default one: direct,
 * latency unknown, no noise. Undefined when all of them are, as for most clients of a large account.
 */
export const linkPartners = (lab: SimLab, peerId: string): ReadonlySet<string> | undefined => partnersOf(lab).get(peerId);

/** linkOverride: what events changed on the link, the same from both ends. */
const linkOverride = (lab: SimLab, a: string, b: string): LinkOverride | undefined => (a < b ? lab.links.get(a)?.get(b) : lab.links.get(b)?.get(a));

function peerHash(lab: SimLab, id: string): number {
  let h = lab.peerHashes.get(id);
  if (h === undefined) {
    h = hashString(id);
    lab.peerHashes.set(id, h);
  }
  return h;
}

/** linkHash: the link's noise key, the same from both ends. */
export function linkHash(lab: SimLab, a: string, b: string): number {
  return hashPair(peerHash(lab, a), peerHash(lab, b));
}

export function peerOnline(lab: SimLab, peerId: string): boolean {
  const set = lab.online.get(peerId);
  if (set !== undefined) return set;
  let base = lab.baseOnline.get(peerId);
  if (base === undefined) {
    base = isPeerOnline(lab.base, peerId);
    lab.baseOnline.set(peerId, base);
  }
  return base;
}

/** labLink: a link's state from the lab alone (either side's entry; the first peer's side wins). */
function labLink(index: AccountIndex, a: string, b: string): LinkView {
  const la = index.lab(a);
  const lb = index.lab(b);
  return {
    connection: la.connection?.[b] ?? lb.connection?.[a] ?? 'direct',
    latency_ms: la.latency_ms?.[b] ?? lb.latency_ms?.[a] ?? null,
    noise_ms: la.latency_noise_ms?.[b] ?? lb.latency_noise_ms?.[a] ?? 0,
  };
}

export function linkView(lab: SimLab, a: string, b: string): LinkView {
  const base = labLink(lab.base, a, b);
  const o = linkOverride(lab, a, b);
  if (o === undefined) return base;
  return {
    connection: o.connection ?? base.connection,
    latency_ms: o.latency_ms !== undefined ? o.latency_ms : base.latency_ms,
    noise_ms: o.noise_ms ?? base.noise_ms,
  };
}

/** tcpFlows: the established TCP flows a client keeps through each route it uses (lab `tcp_flows`, default 1). */
export const tcpFlows = (lab: SimLab, clientId: string): number => lab.base.lab(clientId).tcp_flows ?? 1;

export function applyPeerEvent(lab: SimLab, e: PeerEvent): void {
  lab.online.set(e.peer, e.set.online);
}

export function applyLinkEvent(lab: SimLab, e: LinkEvent): void {
  const [a, b] = e.link[0] < e.link[1] ? e.link : [e.link[1], e.link[0]];
  addPartners(partnersOf(lab), a, b);
  let ofA = lab.links.get(a);
  if (ofA === undefined) lab.links.set(a, (ofA = new Map()));
  const prev = ofA.get(b) ?? {};
  ofA.set(b, {
    ...prev,
    ...(e.set.connection !== undefined ? { connection: e.set.connection } : {}),
    ...(e.set.latency_ms !== undefined ? { latency_ms: e.set.latency_ms } : {}),
    ...(e.set.latency_noise_ms !== undefined ? { noise_ms: e.set.latency_noise_ms } : {}),
  });
}
