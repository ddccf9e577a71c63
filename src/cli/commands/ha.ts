import { parseArgs } from 'node:util';
import { z } from 'zod';
import { chooseRoutingPeer, routingDecisionJson, type RoutingCandidate, type RoutingDecision } from '@/domain/routing/choose-routing-peer';
import { parseRelayedSwitchDelay } from '@/domain/routing/relayed-switch-delay';
import { rankRoutingPeers } from '@/domain/routing/routing-ranking';
import { readJsonFile, usageError, type FileIo } from '../file-io';

/**
 * `nbrc ha SCENARIO [--json]`: which routing peer a client uses for one route, given its
 * candidates' state; `{"chosen": id|null, "reason": …}` with --json (reason null when it keeps
 * its current peer or has none).
 */

export const HA_USAGE = 'Usage: nbrc ha SCENARIO [--json]\n';

const candidateSchema = z.object({
  id: z.string().min(1),
  metric: z.number(),
  status: z.enum(['connected', 'idle', 'connecting']),
  relayed: z.boolean().default(false),
  latency_ms: z.number().nullable().default(null),
  latency_noise_ms: z.number().nullable().default(null),
  degraded_for_s: z.number().nullable().default(null),
});

const scenarioSchema = z.object({
  current: z.string().nullable().default(null),
  seconds_since_latency_switch: z.number().nullable().default(null),
  relayed_switch_delay: z.union([z.string(), z.number()]).nullish(),
  candidates: z.array(candidateSchema),
});

export function run(args: string[], io: FileIo): number {
  let parsed;
  try {
    parsed = parseArgs({ args, strict: true, allowPositionals: true, options: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } });
  } catch (e) {
    return usageError(io, 'ha', e instanceof Error ? e.message : String(e), HA_USAGE);
  }
  const { values, positionals } = parsed;
  if (values.help === true) {
    io.stdout(HA_USAGE);
    return 0;
  }
  if (positionals.length !== 1) return usageError(io, 'ha', 'expected exactly one SCENARIO file', HA_USAGE);
  const path = positionals[0] ?? '';
  const json = readJsonFile(io, path, 'scenario');
  if (!json.ok) return usageError(io, 'ha', json.error, '');
  const scenario = scenarioSchema.safeParse(json.value);
  if (!scenario.success) {
    const issues = scenario.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    return usageError(io, 'ha', `scenario "${path}" is invalid: ${issues.join('; ')}`, '');
  }
  const delay = parseRelayedSwitchDelay(scenario.data.relayed_switch_delay);
  if (!delay.ok) return usageError(io, 'ha', `scenario "${path}": ${delay.error}`, '');
  const candidates: RoutingCandidate[] = scenario.data.candidates;
  const decision = chooseRoutingPeer({ ...scenario.data, relayed_switch_delay: delay.value, candidates });
  io.stdout(values.json === true ? `${JSON.stringify(routingDecisionJson(decision))}\n` : formatHa(decision, candidates, scenario.data.current));
  return 0;
}

function describeDecision(d: RoutingDecision): string {
  switch (d.kind) {
    case 'none':
      return 'no routing peer available';
    case 'keep':
      return `${d.chosen} (kept: ${d.held})`;
    case 'switch':
      return `${d.chosen} (${d.from === null ? 'first choice' : `switch from ${d.from}`}: ${d.reason})`;
  }
}

/** formatHa: the decision, then the candidates in the order the client ranks them. */
export function formatHa(decision: RoutingDecision, candidates: readonly RoutingCandidate[], current: string | null): string {
  const lines = [`chosen: ${describeDecision(decision)}`, 'ranking:'];
  for (const r of rankRoutingPeers(candidates, current)) {
    const c = r.candidate;
    const latency = c.latency_ms === null || c.latency_ms <= 0 ? 'unknown' : `${c.latency_ms} ms`;
    lines.push(`  ${r.rank}. ${c.id}  ${r.label}  metric ${c.metric}, ${c.status}, ${c.relayed ? 'relayed' : 'direct'}, latency ${latency}${c.id === current ? '  (current)' : ''}`);
  }
  return `${lines.join('\n')}\n`;
}
