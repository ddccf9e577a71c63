import type { SnapLab, SnapLabConnection, SnapLabPeer } from '@/domain/snapshot';

/**
 * parse-lab: reads the `lab` object of a scenario file (the same shape as the snapshot's lab),
 * collecting every problem with its path instead of stopping at the first, so a file author fixes
 * them all in one go.
 */

export type Issues = string[];

export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const CONNECTIONS: readonly SnapLabConnection[] = ['direct', 'relayed', 'idle'];

export const isConnection = (v: unknown): v is SnapLabConnection => typeof v === 'string' && (CONNECTIONS as readonly string[]).includes(v);

/** unknownKeys reports fields a reader does not know (a typo would otherwise be ignored silently). */
export function unknownKeys(issues: Issues, path: string, value: Record<string, unknown>, known: readonly string[]): void {
  for (const k of Object.keys(value)) if (!known.includes(k)) issues.push(`${path}: unknown field "${k}" (expected ${known.map((x) => `"${x}"`).join(', ')})`);
}

/** readNumberMap: `{ "<peer id>": number }` with every value ≥ min. */
function readNumberMap(issues: Issues, path: string, v: unknown, min: number): Record<string, number> | undefined {
  if (!isRecord(v)) {
    issues.push(`${path}: must be an object of peer id → number`);
    return undefined;
  }
  const out: Record<string, number> = {};
  for (const [k, n] of Object.entries(v)) {
    if (typeof n !== 'number' || !Number.isFinite(n) || n < min) issues.push(`${path}.${k}: must be a number ≥ ${min}`);
    else out[k] = n;
  }
  return out;
}

const PEER_FIELDS = ['online', 'failure_domain', 'lan_ip', 'latency_ms', 'latency_noise_ms', 'connection', 'tcp_flows'] as const;

function readLabPeer(issues: Issues, path: string, v: unknown): SnapLabPeer | undefined {
  if (!isRecord(v)) {
    issues.push(`${path}: must be an object`);
    return undefined;
  }
  unknownKeys(issues, path, v, PEER_FIELDS);
  const out: { -readonly [K in keyof SnapLabPeer]: SnapLabPeer[K] } = {};
  if (v.online !== undefined) {
    if (typeof v.online === 'boolean') out.online = v.online;
    else issues.push(`${path}.online: must be true or false`);
  }
  for (const key of ['failure_domain', 'lan_ip'] as const) {
    const s = v[key];
    if (s === undefined) continue;
    if (typeof s === 'string') out[key] = s;
    else issues.push(`${path}.${key}: must be a string`);
  }
  if (v.latency_ms !== undefined) out.latency_ms = readNumberMap(issues, `${path}.latency_ms`, v.latency_ms, 0);
  if (v.latency_noise_ms !== undefined) out.latency_noise_ms = readNumberMap(issues, `${path}.latency_noise_ms`, v.latency_noise_ms, 0);
  if (v.connection !== undefined) {
    if (!isRecord(v.connection)) issues.push(`${path}.connection: must be an object of peer id → "direct" | "relayed" | "idle"`);
    else {
      const conn: Record<string, SnapLabConnection> = {};
      for (const [k, c] of Object.entries(v.connection)) {
        if (isConnection(c)) conn[k] = c;
        else issues.push(`${path}.connection.${k}: must be "direct", "relayed" or "idle"`);
      }
      out.connection = conn;
    }
  }
  if (v.tcp_flows !== undefined) {
    if (typeof v.tcp_flows === 'number' && Number.isInteger(v.tcp_flows) && v.tcp_flows >= 0) out.tcp_flows = v.tcp_flows;
    else issues.push(`${path}.tcp_flows: must be a whole number ≥ 0`);
  }
  return out;
}

/** readLab: a lab object, or undefined with issues. */
export function readLab(issues: Issues, path: string, v: unknown): SnapLab | undefined {
  if (!isRecord(v)) {
    issues.push(`${path}: must be an object with "peers" and/or "dns"`);
    return undefined;
  }
  unknownKeys(issues, path, v, ['peers', 'dns']);
  const lab: { peers?: Record<string, SnapLabPeer>; dns?: Record<string, string[]> } = {};
  if (v.peers !== undefined) {
    if (!isRecord(v.peers)) issues.push(`${path}.peers: must be an object of peer id → lab peer`);
    else {
      lab.peers = {};
      for (const [id, p] of Object.entries(v.peers)) {
        const parsed = readLabPeer(issues, `${path}.peers.${id}`, p);
        if (parsed !== undefined) lab.peers[id] = parsed;
      }
    }
  }
  if (v.dns !== undefined) {
    if (!isRecord(v.dns)) issues.push(`${path}.dns: must be an object of name → list of addresses`);
    else {
      lab.dns = {};
      for (const [name, answers] of Object.entries(v.dns)) {
        if (Array.isArray(answers) && answers.every((a) => typeof a === 'string')) lab.dns[name] = answers as string[];
        else issues.push(`${path}.dns.${name}: must be a list of addresses`);
      }
    }
  }
  return lab;
}

/**
 * mergeLab: `over` laid over `base`, field by field; per-peer maps (latency, noise, connection)
 * merge key by key, so a scenario can change one link without restating the others.
 */
export function mergeLab(base: SnapLab | undefined, over: SnapLab | undefined): SnapLab | undefined {
  if (over === undefined) return base;
  if (base === undefined) return over;
  const peers: Record<string, SnapLabPeer> = { ...base.peers };
  for (const [id, o] of Object.entries(over.peers ?? {})) {
    const b = peers[id] ?? {};
    peers[id] = {
      ...b,
      ...o,
      ...(b.latency_ms || o.latency_ms ? { latency_ms: { ...b.latency_ms, ...o.latency_ms } } : {}),
      ...(b.latency_noise_ms || o.latency_noise_ms ? { latency_noise_ms: { ...b.latency_noise_ms, ...o.latency_noise_ms } } : {}),
      ...(b.connection || o.connection ? { connection: { ...b.connection, ...o.connection } } : {}),
    };
  }
  return { ...base, ...over, peers, ...(base.dns || over.dns ? { dns: { ...base.dns, ...over.dns } } : {}) };
}
