/**
 * FaultPlan: what the embedded control plane's fault injection does (issue 9). Real management
 * servers fail: they answer 500 or 429, time out after applying a change, or drop the connection.
 * The demo can do the same on request, so an admin (and the tests) can see that no failure loses
 * typed work and no retry creates a duplicate.
 */
export type FaultKind = 'error-500' | 'rate-limit-429' | 'timeout' | 'dropped-connection';

/** Which requests may fail: only changes (POST/PUT/DELETE), or reads too. */
export type FaultScope = 'changes' | 'all';

/** How often: the next matching request only, every one, or every third one. */
export type FaultFrequency = 'next' | 'every' | 'every-third';

export interface FaultPlan {
  kind: FaultKind;
  scope: FaultScope;
  frequency: FaultFrequency;
}

export const FAULT_KINDS: readonly { kind: FaultKind; label: string; effect: string }[] = [
  { kind: 'error-500', label: 'Server error (500)', effect: 'The server refuses with an internal error; nothing is changed.' },
  { kind: 'rate-limit-429', label: 'Rate limited (429)', effect: 'The server asks to slow down; nothing is changed.' },
  {
    kind: 'timeout',
    label: 'Timeout after the change was applied',
    effect: 'The server applies the change but the answer never arrives, so the console cannot know it worked.',
  },
  { kind: 'dropped-connection', label: 'Dropped connection', effect: 'The connection breaks before the request arrives; nothing is changed.' },
];

const KINDS = new Set<string>(FAULT_KINDS.map((k) => k.kind));
const SCOPES = new Set<string>(['changes', 'all']);
const FREQUENCIES = new Set<string>(['next', 'every', 'every-third']);

/** parseFaultPlan: a stored plan, or null for anything that is not one (fault injection then stays off). */
export function parseFaultPlan(value: unknown): FaultPlan | null {
  if (value === null || typeof value !== 'object') return null;
  const v = value as Record<string, unknown>;
  if (typeof v.kind !== 'string' || !KINDS.has(v.kind)) return null;
  if (typeof v.scope !== 'string' || !SCOPES.has(v.scope)) return null;
  if (typeof v.frequency !== 'string' || !FREQUENCIES.has(v.frequency)) return null;
  return { kind: v.kind as FaultKind, scope: v.scope as FaultScope, frequency: v.frequency as FaultFrequency };
}
