import { parseArgs } from 'node:util';
import type { AccountIndex } from '@/domain/account';
import type { AccessEntry } from '@/domain/access/access-entry';
import { computeAccess } from '@/domain/access/compute-access';
import { loadSnapshotIndex, usageError, type FileIo } from '../file-io';

/**
 * `nbrc access SNAPSHOT [--from PEER|GROUP] [--json]`: who can reach what, with the deciding
 * policy; `{"access":[...]}` with --json.
 */

export const ACCESS_USAGE = 'Usage: nbrc access SNAPSHOT [--from PEER|GROUP] [--json]\n';

export function run(args: string[], io: FileIo): number {
  let parsed;
  try {
    parsed = parseArgs({ args, strict: true, allowPositionals: true, options: { from: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } });
  } catch (e) {
    return usageError(io, 'access', e instanceof Error ? e.message : String(e), ACCESS_USAGE);
  }
  const { values, positionals } = parsed;
  if (values.help === true) {
    io.stdout(ACCESS_USAGE);
    return 0;
  }
  if (positionals.length !== 1) return usageError(io, 'access', 'expected exactly one SNAPSHOT file', ACCESS_USAGE);
  const index = loadSnapshotIndex(io, positionals[0] ?? '');
  if (!index.ok) return usageError(io, 'access', index.error, '');
  const entries = computeAccess(index.value, { from: values.from });
  if (!entries.ok) return usageError(io, 'access', entries.error, '');
  io.stdout(values.json === true ? `${JSON.stringify({ access: entries.value }, null, 2)}\n` : formatAccess(index.value, entries.value));
  return 0;
}

function objectName(index: AccountIndex, ref: { type: string; id: string }): string {
  const n =
    ref.type === 'group'
      ? index.groups.get(ref.id)?.name
      : ref.type === 'peer'
        ? index.peers.get(ref.id)?.name
        : ref.type === 'resource'
          ? index.resources.get(ref.id)?.name
          : index.routes.get(ref.id)?.network_id;
  return n === undefined || n === ref.id ? `${ref.type} ${ref.id}` : `${ref.type} ${n} (${ref.id})`;
}

/** formatAccess: one line per entry: source → destination, protocol/ports, chain, policy. */
export function formatAccess(index: AccountIndex, entries: readonly AccessEntry[]): string {
  if (entries.length === 0) return 'no access\n';
  return `${entries
    .map((e) => {
      const ports = e.ports.length === 0 ? '' : ` ${e.ports.join(',')}`;
      const policy = e.policy === null ? 'no ACL groups (default allow)' : `policy ${e.policy}`;
      return `${objectName(index, e.source)} → ${objectName(index, e.destination)}: ${e.protocol}${ports}, ${e.chain} chain, ${policy}`;
    })
    .join('\n')}\n`;
}
