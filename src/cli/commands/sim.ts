import { parseArgs } from 'node:util';
import type { AccountIndex } from '@/domain/account';
import { BUILTIN_SCENARIOS, builtinScenario, checkScenarioRefs, formatClock, parseScenario, runSimulation, simJson, type SimResult, type SimScenario } from '@/domain/sim';
import { loadSnapshotIndex, readJsonFile, usageError, type FileIo } from '../file-io';

/**
 * `nbrc sim SNAPSHOT (SCENARIO | --builtin NAME) [--json]`: the peer simulator over simulated
 * time. With --json the output is exactly `{"switches":[{"t","client","route","from","to",
 * "reason"}],"resets":N}` (`from`/`to` routing peer ids or null, `t` in seconds). A built-in
 * scenario picks its targets from the account (see `--help`). Exit 2 on bad usage, an unreadable
 * snapshot, or a scenario that is invalid or names objects the account does not have.
 */

export const SIM_USAGE = `Usage: nbrc sim SNAPSHOT (SCENARIO | --builtin NAME) [--json]
Built-in scenarios: ${BUILTIN_SCENARIOS.map((b) => b.name).join(', ')}
`;

type Loaded = { ok: true; scenario: SimScenario; summary: string | null } | { ok: false; error: string };

function loadScenario(io: FileIo, index: AccountIndex, path: string | undefined, builtin: string | undefined): Loaded {
  if (builtin !== undefined) {
    const b = builtinScenario(builtin);
    if (b === undefined) return { ok: false, error: `unknown built-in scenario "${builtin}" (one of ${BUILTIN_SCENARIOS.map((x) => x.name).join(', ')})` };
    const built = b.build(index);
    return built.ok ? { ok: true, scenario: built.value.scenario, summary: `${b.title}: ${built.value.summary}` } : { ok: false, error: `built-in "${builtin}" cannot run on this account: ${built.error}` };
  }
  const json = readJsonFile(io, path ?? '', 'scenario');
  if (!json.ok) return json;
  const parsed = parseScenario(json.value);
  if (!parsed.ok) return { ok: false, error: `scenario "${path}" is invalid:\n${parsed.errors.map((e) => `  - ${e}`).join('\n')}` };
  const refs = checkScenarioRefs(index.snapshot, parsed.value);
  if (refs.length > 0) return { ok: false, error: `scenario "${path}" does not fit the account:\n${refs.map((e) => `  - ${e}`).join('\n')}` };
  return { ok: true, scenario: parsed.value, summary: null };
}

export function run(args: string[], io: FileIo): number {
  let parsed;
  try {
    parsed = parseArgs({ args, strict: true, allowPositionals: true, options: { builtin: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } });
  } catch (e) {
    return usageError(io, 'sim', e instanceof Error ? e.message : String(e), SIM_USAGE);
  }
  const { values, positionals } = parsed;
  if (values.help === true) {
    io.stdout(SIM_USAGE);
    return 0;
  }
  const wanted = values.builtin === undefined ? 2 : 1;
  if (positionals.length !== wanted) {
    return usageError(io, 'sim', values.builtin === undefined ? 'expected a SNAPSHOT and a SCENARIO file (or --builtin NAME)' : 'expected one SNAPSHOT file with --builtin', SIM_USAGE);
  }
  const index = loadSnapshotIndex(io, positionals[0] ?? '');
  if (!index.ok) return usageError(io, 'sim', index.error, '');
  const loaded = loadScenario(io, index.value, positionals[1], values.builtin);
  if (!loaded.ok) return usageError(io, 'sim', loaded.error, '');
  const result = runSimulation(index.value.snapshot, loaded.scenario);
  io.stdout(values.json === true ? `${JSON.stringify(simJson(result), null, 2)}\n` : formatSim(index.value, result, loaded.summary));
  return 0;
}

/** formatSim: one line per switch, then the totals. */
export function formatSim(index: AccountIndex, r: SimResult, summary: string | null): string {
  const name = (id: string | null) => (id === null ? 'none' : (index.peers.get(id)?.name ?? id));
  const route = (key: string) => {
    const label = index.networks.get(key)?.name;
    return label === undefined || label === key ? key : `${label} (${key})`;
  };
  const lines: string[] = [];
  if (summary !== null) lines.push(summary, '');
  for (const s of r.switches) {
    const resets = s.resets > 0 ? `; ${s.resets} TCP flow${s.resets === 1 ? '' : 's'} reset` : '';
    lines.push(`${formatClock(s.t).padStart(7)}  ${name(s.client)}  ${route(s.route)}: ${name(s.from)} → ${name(s.to)}  ${s.reason}${resets}`);
  }
  if (r.switches.length === 0) lines.push('No routing peer changed during the scenario.');
  lines.push('', `${r.switches.length} switch${r.switches.length === 1 ? '' : 'es'} in ${formatClock(r.duration_s)}, ${r.resets} established TCP flow${r.resets === 1 ? '' : 's'} reset`);
  return `${lines.join('\n')}\n`;
}
