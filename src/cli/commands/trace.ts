import { parseArgs } from 'node:util';
import type { AccountIndex } from '@/domain/account';
import type { TraceProtocol } from '@/domain/access/packet-match';
import { suggestFix } from '@/domain/trace/suggest-fix';
import { tracePacket } from '@/domain/trace/trace-packet';
import type { TraceResult } from '@/domain/trace/trace-result';
import { loadSnapshotIndex, usageError, type FileIo } from '../file-io';

export { loadSnapshotIndex, readJsonFile, usageError, type FileIo } from '../file-io';

/**
 * `nbrc trace SNAPSHOT --from PEER --to DEST[:PORT] [--proto tcp|udp|icmp|all] [--json]`: one
 * packet's path through an account snapshot. A denied packet is an answer, not a failure: exit 0;
 * exit 2 only for bad usage or an unreadable snapshot.
 */

export const TRACE_USAGE = 'Usage: nbrc trace SNAPSHOT --from PEER --to DEST[:PORT] [--proto tcp|udp|icmp|all] [--json]\n';

const PROTOCOLS: readonly TraceProtocol[] = ['tcp', 'udp', 'icmp', 'all'];

export function run(args: string[], io: FileIo): number {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      strict: true,
      allowPositionals: true,
      options: { from: { type: 'string' }, to: { type: 'string' }, proto: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (e) {
    return usageError(io, 'trace', e instanceof Error ? e.message : String(e), TRACE_USAGE);
  }
  const { values, positionals } = parsed;
  if (values.help === true) {
    io.stdout(TRACE_USAGE);
    return 0;
  }
  if (positionals.length !== 1) return usageError(io, 'trace', 'expected exactly one SNAPSHOT file', TRACE_USAGE);
  if (values.from === undefined || values.to === undefined) return usageError(io, 'trace', '--from and --to are required', TRACE_USAGE);
  const proto = values.proto;
  if (proto !== undefined && !(PROTOCOLS as readonly string[]).includes(proto)) return usageError(io, 'trace', `--proto must be tcp, udp, icmp or all, got "${proto}"`, TRACE_USAGE);
  const index = loadSnapshotIndex(io, positionals[0] ?? '');
  if (!index.ok) return usageError(io, 'trace', index.error, '');
  const result = tracePacket(index.value, { from: values.from, to: values.to, protocol: proto as TraceProtocol | undefined });
  if (!result.ok) return usageError(io, 'trace', result.error, '');
  io.stdout(values.json === true ? `${JSON.stringify(result.value, null, 2)}\n` : formatTrace(index.value, result.value));
  return 0;
}

const name = (index: AccountIndex, peerId: string | null): string => {
  if (peerId === null) return '-';
  const p = index.peers.get(peerId);
  return p === undefined || p.name === peerId ? peerId : `${p.name} (${peerId})`;
};

/** formatTrace: the readable form, with the fix for a denial and a command to confirm on the host. */
export function formatTrace(index: AccountIndex, t: TraceResult): string {
  const lines: string[] = [];
  lines.push(t.verdict === 'allowed' ? 'ALLOWED' : `DENIED (${t.reason})`);
  const net = t.path.network_id === null ? '' : ` in ${t.path.network_id}`;
  lines.push(`  path:          ${t.path.kind}${t.path.id === null ? '' : ` ${t.path.id}`}${net}`);
  if (t.routing_peer !== null) lines.push(`  routing peer:  ${name(index, t.routing_peer)}`);
  if (t.chain !== null) lines.push(`  chain:         ${t.chain}`);
  lines.push(`  policy:        ${t.policy ?? '-'}`);
  if (t.masquerade !== null) lines.push(`  masquerade:    ${t.masquerade ? 'on' : 'off'}${t.source_after_nat === null ? '' : `, source after NAT ${t.source_after_nat}`}`);
  if (t.dns !== null) {
    const via = t.dns.resolver_peer === null ? 'resolved by the client' : `via ${name(index, t.dns.resolver_peer)} port ${t.dns.port ?? '-'}`;
    lines.push(`  dns:           ${t.dns.name} → ${t.dns.answers.join(', ') || '(no answer)'} (${via})`);
  }
  lines.push('stages:');
  for (const s of t.stages) lines.push(`  ${s.allowed ? 'ok  ' : 'DROP'} ${s.stage.padEnd(15)} ${s.message}`);
  const fix = suggestFix(t);
  if (fix !== null) lines.push(`fix: ${fix}`);
  return `${lines.join('\n')}\n`;
}
