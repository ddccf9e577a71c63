import type { ReachabilityTest } from '@/domain/reachability/reachability-test';
import { parseStoredTests, writeTests, type KeyValueStorage, type StoredTests } from './tests-storage';

/**
 * tests-store: the saved tests as an external store for useSyncExternalStore, so the Reachability
 * tests page and every editor's change preview show the same list, and a change made in another
 * tab (the `storage` event) shows up here too. Reads are cached by the stored text, so the tests
 * array keeps its identity until it changes (the change preview caches its runs by it).
 */

const listeners = new Set<() => void>();
const cache = new Map<string, { raw: string | null; state: StoredTests }>();

function storage(): KeyValueStorage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

function read(key: string): string | null {
  try {
    return storage()?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

const notify = () => listeners.forEach((l) => l());

let listening = false;

export const testsStore = {
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    if (!listening && typeof window !== 'undefined') {
      window.addEventListener('storage', notify);
      listening = true;
    }
    return () => listeners.delete(listener);
  },
  get(key: string): StoredTests {
    const raw = read(key);
    const hit = cache.get(key);
    if (hit !== undefined && hit.raw === raw) return hit.state;
    const state = parseStoredTests(raw);
    cache.set(key, { raw, state });
    return state;
  },
  /** set: replaces the tests of `key`; the browser's error when it refuses. */
  set(key: string, tests: readonly ReachabilityTest[]): string | null {
    const error = writeTests(storage(), key, tests);
    if (error === null) notify();
    return error;
  },
  /** discard: removes unreadable content (the admin chose to start over). */
  discard(key: string): void {
    try {
      storage()?.removeItem(key);
    } catch {
      // nothing stored, nothing to remove
    }
    notify();
  },
};
