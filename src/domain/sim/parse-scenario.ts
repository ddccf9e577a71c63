import { parseRelayedSwitchDelay } from '@/domain/routing/relayed-switch-delay';
import { isConnection, isRecord, readLab, unknownKeys, type Issues } from './parse-lab';
import { DEFAULT_SEED, MAX_DURATION_S, type SimEvent, type SimScenario } from './scenario';

/**
 * parse-scenario: a scenario file (already JSON-parsed) into a SimScenario, or every problem found,
 * each with its path ("events[2].set.metric: must be a number"). References to the account (peer,
 * router and policy ids) are checked separately by checkScenarioRefs, against a snapshot.
 */

export type ScenarioParse = { ok: true; value: SimScenario } | { ok: false; errors: string[] };

const TARGETS = ['peer', 'router', 'link', 'policy'] as const;
type Target = (typeof TARGETS)[number];

const SET_FIELDS: Readonly<Record<Target, readonly string[]>> = {
  peer: ['online'],
  router: ['metric', 'enabled'],
  link: ['latency_ms', 'latency_noise_ms', 'relayed', 'connection'],
  policy: ['enabled'],
};

function readId(issues: Issues, path: string, v: unknown): string {
  if (typeof v === 'string' && v.trim() !== '') return v;
  issues.push(`${path}: must be a non-empty id`);
  return '';
}

function readBool(issues: Issues, path: string, v: unknown): boolean | undefined {
  if (v === undefined) return undefined;
  if (typeof v === 'boolean') return v;
  issues.push(`${path}: must be true or false`);
  return undefined;
}

function readNum(issues: Issues, path: string, v: unknown, min: number): number | undefined {
  if (v === undefined) return undefined;
  if (typeof v === 'number' && Number.isFinite(v) && v >= min) return v;
  issues.push(`${path}: must be a number ≥ ${min}`);
  return undefined;
}

function readLinkSet(issues: Issues, path: string, set: Record<string, unknown>): Extract<SimEvent, { kind: 'link' }>['set'] {
  const out: Extract<SimEvent, { kind: 'link' }>['set'] = {};
  if (set.latency_ms !== undefined) out.latency_ms = set.latency_ms === null ? null : readNum(issues, `${path}.latency_ms`, set.latency_ms, 0);
  const noise = readNum(issues, `${path}.latency_noise_ms`, set.latency_noise_ms, 0);
  if (noise !== undefined) out.latency_noise_ms = noise;
  const relayed = readBool(issues, `${path}.relayed`, set.relayed);
  if (set.connection !== undefined && !isConnection(set.connection)) issues.push(`${path}.connection: must be "direct", "relayed" or "idle"`);
  const connection = isConnection(set.connection) ? set.connection : undefined;
  if (relayed !== undefined && connection !== undefined && (connection === 'relayed') !== relayed) {
    issues.push(`${path}: "relayed" and "connection" disagree; give one of them`);
  }
  const conn = connection ?? (relayed === undefined ? undefined : relayed ? 'relayed' : 'direct');
  if (conn !== undefined) out.connection = conn;
  return out;
}

function readEvent(issues: Issues, path: string, v: unknown, duration: number | null): SimEvent | null {
  if (!isRecord(v)) {
    issues.push(`${path}: must be an object`);
    return null;
  }
  const before = issues.length;
  const t = readNum(issues, `${path}.t`, v.t, 0);
  if (v.t === undefined) issues.push(`${path}.t: is required (seconds from the start)`);
  if (t !== undefined && duration !== null && t > duration) issues.push(`${path}.t: ${t} is after the end of the scenario (duration_s ${duration})`);
  const named = TARGETS.filter((k) => v[k] !== undefined);
  if (named.length !== 1) {
    issues.push(`${path}: an event names exactly one of "peer", "router", "link" or "policy"${named.length > 1 ? ` (found ${named.join(', ')})` : ''}`);
    return null;
  }
  const target = named[0] as Target;
  unknownKeys(issues, path, v, ['t', target, 'set']);
  if (!isRecord(v.set) || Object.keys(v.set).length === 0) {
    issues.push(`${path}.set: must be an object with at least one of ${SET_FIELDS[target].map((f) => `"${f}"`).join(', ')}`);
    return null;
  }
  const set = v.set;
  unknownKeys(issues, `${path}.set`, set, SET_FIELDS[target]);
  const at = t ?? 0;
  let event: SimEvent | null = null;
  switch (target) {
    case 'peer': {
      const online = readBool(issues, `${path}.set.online`, set.online);
      if (online !== undefined) event = { kind: 'peer', t: at, peer: readId(issues, `${path}.peer`, v.peer), set: { online } };
      break;
    }
    case 'router': {
      const metric = readNum(issues, `${path}.set.metric`, set.metric, 1);
      if (metric !== undefined && (!Number.isInteger(metric) || metric > 9999)) issues.push(`${path}.set.metric: must be a whole number from 1 to 9999`);
      const enabled = readBool(issues, `${path}.set.enabled`, set.enabled);
      event = { kind: 'router', t: at, router: readId(issues, `${path}.router`, v.router), set: { ...(metric !== undefined ? { metric } : {}), ...(enabled !== undefined ? { enabled } : {}) } };
      break;
    }
    case 'link': {
      const pair = v.link;
      if (!Array.isArray(pair) || pair.length !== 2) {
        issues.push(`${path}.link: must be ["<peer id>", "<peer id>"]`);
        return null;
      }
      const a = readId(issues, `${path}.link[0]`, pair[0]);
      const b = readId(issues, `${path}.link[1]`, pair[1]);
      if (a !== '' && a === b) issues.push(`${path}.link: a link joins two different peers`);
      event = { kind: 'link', t: at, link: [a, b], set: readLinkSet(issues, `${path}.set`, set) };
      break;
    }
    case 'policy': {
      const enabled = readBool(issues, `${path}.set.enabled`, set.enabled);
      if (enabled !== undefined) event = { kind: 'policy', t: at, policy: readId(issues, `${path}.policy`, v.policy), set: { enabled } };
      break;
    }
  }
  return issues.length === before ? event : null;
}

/** parseScenario: the scenario, or every problem with its path. Events keep file order (messages cite it); the run sorts them by time. */
export function parseScenario(json: unknown): ScenarioParse {
  const issues: Issues = [];
  if (!isRecord(json)) return { ok: false, errors: ['(root): a scenario is an object with "duration_s" and "events"'] };
  unknownKeys(issues, '(root)', json, ['duration_s', 'lab', 'events', 'seed', 'relayed_switch_delay', 'name', 'description']);
  const duration = readNum(issues, 'duration_s', json.duration_s, 1);
  if (json.duration_s === undefined) issues.push('duration_s: is required (seconds of simulated time)');
  if (duration !== undefined && duration > MAX_DURATION_S) issues.push(`duration_s: at most ${MAX_DURATION_S} (one week)`);
  const lab = json.lab === undefined ? undefined : readLab(issues, 'lab', json.lab);
  let seed = DEFAULT_SEED;
  if (json.seed !== undefined) {
    if (typeof json.seed === 'number' && Number.isInteger(json.seed)) seed = json.seed;
    else issues.push('seed: must be a whole number');
  }
  const delayInput = json.relayed_switch_delay;
  const delay = parseRelayedSwitchDelay(typeof delayInput === 'string' || typeof delayInput === 'number' ? delayInput : undefined);
  if (delayInput !== undefined && delayInput !== null && typeof delayInput !== 'string' && typeof delayInput !== 'number') issues.push('relayed_switch_delay: must be "never", a duration such as "30s", or seconds');
  else if (!delay.ok) issues.push(delay.error);
  const events: SimEvent[] = [];
  if (json.events === undefined) issues.push('events: is required (a list, possibly empty)');
  else if (!Array.isArray(json.events)) issues.push('events: must be a list');
  else {
    json.events.forEach((e: unknown, i: number) => {
      const ev = readEvent(issues, `events[${i}]`, e, duration ?? null);
      if (ev !== null) events.push(ev);
    });
  }
  if (issues.length > 0 || duration === undefined || !delay.ok) return { ok: false, errors: issues };
  return { ok: true, value: { duration_s: duration, ...(lab ? { lab } : {}), events, seed, relayed_switch_delay: delay.value } };
}
