import type { Store } from './store/store';

/**
 * ReadCache: the answers of GET requests, kept until the account changes. An account's list
 * endpoints serialize every object on each call (thousands of peers on a large account: about a
 * second of server time for an XL account's reads), while most requests are the console's reads
 * of an unchanged account; answering them from the last serialization keeps `nbrc serve` fast
 * under many concurrent clients and on every page load. Any change (every handler calls
 * `store.changed()`) drops the whole cache, so no answer is ever staler than the store. An answer
 * whose handler read the clock (a setup key's state turns "expired" with time) is kept `ttlMs` only.
 */
export interface CachedAnswer {
  status: number;
  body: string;
  /** The handler read the clock: the answer may change without any change to the account. */
  readClock: boolean;
}

export interface ReadCache {
  get(key: string): CachedAnswer | undefined;
  set(key: string, value: CachedAnswer): void;
}

export function createReadCache(store: Store, ttlMs = 1_000, now: () => number = Date.now): ReadCache {
  const entries = new Map<string, CachedAnswer & { at: number }>();
  store.subscribe(() => entries.clear());
  return {
    get(key) {
      const e = entries.get(key);
      if (e === undefined) return undefined;
      if (e.readClock && now() - e.at > ttlMs) {
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
