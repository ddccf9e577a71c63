import type { Store } from './store/store';

/**
 * ReadCache: the answers of GET requests, kept until the account changes or `ttlMs` passes. An
 * account's list endpoints serialize every object on each call (thousands of peers on a large
 * account), while most requests are the console's reads of an unchanged account; answering them
 * from the last serialization keeps `nbrc serve` fast under many concurrent clients. Any change
 * (every handler calls `store.changed()`) drops the whole cache, so no answer is ever staler than
 * the store; the TTL covers answers that depend on the clock (a setup key expiring).
 */
export interface ReadCache {
  get(key: string): { status: number; body: string } | undefined;
  set(key: string, value: { status: number; body: string }): void;
}

export function createReadCache(store: Store, ttlMs = 1_000, now: () => number = Date.now): ReadCache {
  const entries = new Map<string, { status: number; body: string; at: number }>();
  store.subscribe(() => entries.clear());
  return {
    get(key) {
      const e = entries.get(key);
      if (e === undefined) return undefined;
      if (now() - e.at > ttlMs) {
        entries.delete(key);
        return undefined;
      }
      return e;
    },
    set(key, value) {
      entries.set(key, { ...value, at: now() });
    },
  };
}
