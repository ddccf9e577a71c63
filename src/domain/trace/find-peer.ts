import type { AccountIndex } from '@/domain/account';
import { parseIp } from '@/domain/net';
import type { SnapPeer } from '@/domain/snapshot';

/** findPeer: a peer by id, then by name, then by overlay IP (IPv4 or IPv6, any spelling). */
export function findPeer(index: AccountIndex, ref: string): SnapPeer | null {
  const text = ref.trim();
  const byId = index.peers.get(text) ?? index.peerByName.get(text);
  if (byId !== undefined) return byId;
  const ip = parseIp(text);
  return ip.ok ? (index.peerByIp.get(ip.value.text) ?? null) : null;
}

/** peerLabel names a peer in stage messages: `name (id)`, or just the id when it is the name. */
export function peerLabel(index: AccountIndex, peerId: string): string {
  const p = index.peers.get(peerId);
  return p === undefined || p.name === p.id ? peerId : `${p.name} (${p.id})`;
}
