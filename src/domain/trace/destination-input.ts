import type { AccountIndex, IndexedResource } from '@/domain/account';
import { ok, type IpAddress, type Result } from '@/domain/net';
import type { SnapPeer } from '@/domain/snapshot';
import { parseDestination, type TraceTarget } from './parse-destination';

/**
 * destination-input: what a trace's destination text names, for a form to show while the admin
 * types ("Network resource Office LAN, traced at 10.10.0.1"). It reads the text exactly as
 * tracePacket does (parseDestination), then says which kind of object the host part is.
 */
export type DestinationKind =
  | { kind: 'peer'; peer: SnapPeer }
  | { kind: 'resource'; resource: IndexedResource; target: TraceTarget }
  | { kind: 'ip'; ip: IpAddress; /** The peer whose overlay IP this is (the trace goes peer to peer). */ peer: SnapPeer | null }
  | { kind: 'domain'; name: string };

export interface DestinationInput {
  destination: DestinationKind;
  port: number | null;
}

/** hostPart: the text without its ":PORT" (and without the brackets of "[v6]:PORT"). */
function hostPart(text: string, hasPort: boolean): string {
  if (!hasPort) return text;
  if (text.startsWith('[')) return text.slice(1, text.indexOf(']'));
  return text.slice(0, text.lastIndexOf(':'));
}

/** readDestination: the kind of destination `input` names, or why it names none. */
export function readDestination(index: AccountIndex, input: string): Result<DestinationInput> {
  const parsed = parseDestination(index, input);
  if (!parsed.ok) return parsed;
  const { target, port } = parsed.value;
  const host = hostPart(input.trim(), port !== null);
  const peer = index.peers.get(host) ?? index.peerByName.get(host);
  if (peer !== undefined) return ok({ destination: { kind: 'peer', peer }, port });
  const resource = index.resources.get(host);
  if (resource !== undefined) return ok({ destination: { kind: 'resource', resource, target }, port });
  if (target.kind === 'domain') return ok({ destination: { kind: 'domain', name: target.name }, port });
  return ok({ destination: { kind: 'ip', ip: target.ip, peer: index.peerByIp.get(target.ip.text) ?? null }, port });
}
