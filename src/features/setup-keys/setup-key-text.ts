import type { SetupKey } from '@/api';

/** SetupKeyState: NetBird's four states of a setup key; only `valid` keys register peers. */
export type SetupKeyState = 'valid' | 'expired' | 'revoked' | 'overused';

const STATES: readonly SetupKeyState[] = ['valid', 'expired', 'revoked', 'overused'];

/**
 * setupKeyState: the state the server reports. A server that sends something else still gets a
 * truthful answer from the flags it must send (revoked, valid).
 */
export function setupKeyState(key: Pick<SetupKey, 'state' | 'revoked' | 'valid'>): SetupKeyState {
  const reported = STATES.find((s) => s === key.state.toLowerCase());
  if (reported) return reported;
  if (key.revoked) return 'revoked';
  return key.valid ? 'valid' : 'expired';
}

/** neverExpires: NetBird writes "never" as Go's zero time (0001-01-01T00:00:00Z). */
export function neverExpires(expires: string): boolean {
  return expires === '' || expires.startsWith('0001-01-01');
}

/** usageText: "3 of unlimited", "0 of 1" (a usage limit of 0 means unlimited on reusable keys). */
export function usageText(key: Pick<SetupKey, 'used_times' | 'usage_limit' | 'type'>): string {
  const limit = key.type === 'one-off' ? Math.max(1, key.usage_limit) : key.usage_limit;
  return `${key.used_times} of ${limit > 0 ? limit : 'unlimited'}`;
}
