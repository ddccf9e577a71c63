import { parseArgs } from 'node:util';
import type { AccountIndex } from '@/domain/account';
import { countBySeverity, fixLabel, lintAccount, type Finding, type FindingRef } from '@/domain/rules/lint';
import { loadSnapshotIndex, usageError, type FileIo } from '../file-io';

/**
 * `nbrc lint SNAPSHOT [--json]`: the linter's findings for an account snapshot. With --json the
 * output is exactly `{"findings":[{"code","severity","message","refs":[{"type","id"}]}]}` (one-click
 * fixes are for the console, not the contract). Exit 1 when any finding is an error, so a CI
 * pipeline fails on a broken account; 2 on bad usage or an unusable snapshot.
 */

export const LINT_USAGE = 'Usage: nbrc lint SNAPSHOT [--json]\n';

/** FindingJson: the public shape of one finding, field by field, so nothing else leaks into the contract. */
export interface FindingJson {
  code: string;
  severity: string;
  message: string;
  refs: { type: string; id: string }[];
}

export const findingJson = (f: Finding): FindingJson => ({
  code: f.code,
  severity: f.severity,
  message: f.message,
  refs: f.refs.map((r) => ({ type: r.type, id: r.id })),
});

export function run(args: string[], io: FileIo): number {
  let parsed;
  try {
    parsed = parseArgs({ args, strict: true, allowPositionals: true, options: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } });
  } catch (e) {
    return usageError(io, 'lint', e instanceof Error ? e.message : String(e), LINT_USAGE);
  }
  const { values, positionals } = parsed;
  if (values.help === true) {
    io.stdout(LINT_USAGE);
    return 0;
  }
  if (positionals.length !== 1) return usageError(io, 'lint', 'expected exactly one SNAPSHOT file', LINT_USAGE);
  const index = loadSnapshotIndex(io, positionals[0] ?? '');
  if (!index.ok) return usageError(io, 'lint', index.error, '');
  const findings = lintAccount(index.value);
  io.stdout(values.json === true ? `${JSON.stringify({ findings: findings.map(findingJson) }, null, 2)}\n` : formatFindings(index.value, findings));
  return findings.some((f) => f.severity === 'error') ? 1 : 0;
}

/** refName: how the text output names an object: `group Engineers (g-eng)`, or the id alone when it is the name. */
export function refName(index: AccountIndex, r: FindingRef): string {
  const name = (() => {
    switch (r.type) {
      case 'peer':
        return index.peers.get(r.id)?.name;
      case 'group':
        return index.groups.get(r.id)?.name;
      case 'policy':
        return index.policies.get(r.id)?.name;
      case 'route':
        return index.routes.get(r.id)?.network_id;
      case 'network':
        return index.networks.get(r.id)?.name;
      case 'resource':
        return index.resources.get(r.id)?.name;
      case 'nameserver_group':
        return index.snapshot.nameservers.find((n) => n.id === r.id)?.name;
      case 'router':
      case 'account':
        return undefined;
    }
  })();
  const type = r.type.replace('_', ' ');
  return name === undefined || name === r.id ? `${type} ${r.id}` : `${type} ${name} (${r.id})`;
}

/** formatFindings: one block per finding, errors first, then a count by severity. */
export function formatFindings(index: AccountIndex, findings: readonly Finding[]): string {
  if (findings.length === 0) return 'No findings: the account follows the routing-peer rules.\n';
  const lines: string[] = [];
  for (const f of findings) {
    lines.push(`${f.severity.toUpperCase().padEnd(7)} ${f.code}`);
    lines.push(`  ${f.message}`);
    lines.push(`  objects: ${f.refs.map((r) => refName(index, r)).join(', ')}`);
    if (f.fix !== undefined) lines.push(`  fix: ${fixLabel(f.fix)}`);
    lines.push('');
  }
  const c = countBySeverity(findings);
  lines.push(`${findings.length} finding${findings.length === 1 ? '' : 's'}: ${c.error} error${c.error === 1 ? '' : 's'}, ${c.warning} warning${c.warning === 1 ? '' : 's'}, ${c.info} info`);
  return `${lines.join('\n')}\n`;
}
