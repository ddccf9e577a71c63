import { z } from 'zod';
import type { Lab, LabPeer } from '@/api';
import { parseIp } from '@/domain/net';

/**
 * lab-model: the lab editor's form values and how they map to the lab the control plane keeps
 * (PUT /api/nbrc/lab). Empty fields mean "not set" (the documented defaults apply), so a save
 * never writes a value the admin did not give.
 */

export const ONLINE_CHOICES = ['api', 'online', 'offline'] as const;
export type OnlineChoice = (typeof ONLINE_CHOICES)[number];

const optionalNumber = (what: string, int: boolean) =>
  z.string().refine((v) => v.trim() === '' || (Number.isFinite(Number(v)) && Number(v) >= 0 && (!int || Number.isInteger(Number(v)))), `${what} must be ${int ? 'a whole number' : 'a number'} ≥ 0, or empty`);

export const labPeersSchema = z.object({
  peers: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      online: z.enum(ONLINE_CHOICES),
      failure_domain: z.string(),
      lan_ip: z.string().refine((v) => v.trim() === '' || parseIp(v.trim()).ok, 'LAN IP must be an IPv4 or IPv6 address, or empty'),
      tcp_flows: optionalNumber('TCP flows', true),
    }),
  ),
});
export type LabPeersValues = z.infer<typeof labPeersSchema>;

export const labLinksSchema = z.object({
  links: z.array(
    z.object({
      peer: z.string(),
      name: z.string(),
      connection: z.enum(['direct', 'relayed', 'idle']),
      latency_ms: optionalNumber('Latency', false),
      noise_ms: optionalNumber('Noise', false),
    }),
  ),
});
export type LabLinksValues = z.infer<typeof labLinksSchema>;

const text = (v: string | undefined) => v ?? '';
const num = (v: string) => (v.trim() === '' ? undefined : Number(v));

export function peersValues(lab: Lab | null | undefined, peers: readonly { id: string; name: string }[]): LabPeersValues {
  return {
    peers: peers.map((p) => {
      const l = lab?.peers?.[p.id] ?? {};
      return {
        id: p.id,
        name: p.name,
        online: l.online === undefined ? 'api' : l.online ? 'online' : 'offline',
        failure_domain: text(l.failure_domain),
        lan_ip: text(l.lan_ip),
        tcp_flows: l.tcp_flows === undefined ? '' : String(l.tcp_flows),
      };
    }),
  };
}

/** withoutUndefined: drops unset fields, so the saved lab stays as small as what was set. */
function compact(p: LabPeer): LabPeer {
  return Object.fromEntries(Object.entries(p).filter(([, v]) => v !== undefined && !(typeof v === 'object' && v !== null && Object.keys(v).length === 0))) as LabPeer;
}

/** applyPeers: the lab with the per-peer fields of the form; links and DNS answers are kept. */
export function applyPeers(lab: Lab | null | undefined, v: LabPeersValues): Lab {
  const peers: Record<string, LabPeer> = { ...lab?.peers };
  for (const row of v.peers) {
    const prev = peers[row.id] ?? {};
    const next = compact({
      ...prev,
      online: row.online === 'api' ? undefined : row.online === 'online',
      failure_domain: row.failure_domain.trim() || undefined,
      lan_ip: row.lan_ip.trim() || undefined,
      tcp_flows: num(row.tcp_flows),
    });
    if (Object.keys(next).length === 0) delete peers[row.id];
    else peers[row.id] = next;
  }
  return { ...lab, peers };
}

/** linksValues: one row per other peer, read from either side (as the simulator reads links). */
export function linksValues(lab: Lab | null | undefined, peerId: string, others: readonly { id: string; name: string }[]): LabLinksValues {
  const mine = lab?.peers?.[peerId] ?? {};
  return {
    links: others.map((o) => {
      const theirs = lab?.peers?.[o.id] ?? {};
      const latency = mine.latency_ms?.[o.id] ?? theirs.latency_ms?.[peerId];
      const noise = mine.latency_noise_ms?.[o.id] ?? theirs.latency_noise_ms?.[peerId];
      return {
        peer: o.id,
        name: o.name,
        connection: mine.connection?.[o.id] ?? theirs.connection?.[peerId] ?? 'direct',
        latency_ms: latency === undefined ? '' : String(latency),
        noise_ms: noise === undefined ? '' : String(noise),
      };
    }),
  };
}

/**
 * applyLinks: the peer's links as the form says, stored on its side; the other side's entries for
 * the same links are removed, so no stale value can win over the edit.
 */
export function applyLinks(lab: Lab | null | undefined, peerId: string, v: LabLinksValues): Lab {
  const peers: Record<string, LabPeer> = { ...lab?.peers };
  const latency: Record<string, number> = { ...peers[peerId]?.latency_ms };
  const noise: Record<string, number> = { ...peers[peerId]?.latency_noise_ms };
  const connection: Record<string, 'direct' | 'relayed' | 'idle'> = { ...peers[peerId]?.connection };
  for (const row of v.links) {
    const l = num(row.latency_ms);
    const n = num(row.noise_ms);
    if (l === undefined) delete latency[row.peer];
    else latency[row.peer] = l;
    if (n === undefined) delete noise[row.peer];
    else noise[row.peer] = n;
    if (row.connection === 'direct') delete connection[row.peer];
    else connection[row.peer] = row.connection;
    const other = peers[row.peer];
    if (other !== undefined) {
      const strip = <T,>(m: Readonly<Record<string, T>> | undefined) => (m === undefined ? undefined : Object.fromEntries(Object.entries(m).filter(([k]) => k !== peerId)));
      const cleaned = compact({ ...other, latency_ms: strip(other.latency_ms), latency_noise_ms: strip(other.latency_noise_ms), connection: strip(other.connection) });
      if (Object.keys(cleaned).length === 0) delete peers[row.peer];
      else peers[row.peer] = cleaned;
    }
  }
  const next = compact({ ...peers[peerId], latency_ms: latency, latency_noise_ms: noise, connection });
  if (Object.keys(next).length === 0) delete peers[peerId];
  else peers[peerId] = next;
  return { ...lab, peers };
}
