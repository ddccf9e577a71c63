import type { StoreState } from './state';

/**
 * Store: the control plane's state plus change notification. Handlers validate a request fully
 * before they mutate, then call `changed()` once, so persistence never sees a half-applied write.
 */
export interface Store {
  readonly state: StoreState;
  /** Replace the whole state (reset to seed, import). */
  replace(next: StoreState): void;
  /** Announce that a mutation completed; listeners (persistence, the simulator) run synchronously. */
  changed(): void;
  /** Counts replace() and changed() calls: derived tables built for one revision are stale after the next. */
  readonly revision: number;
  subscribe(listener: (state: StoreState) => void): () => void;
  /** A new object id in NetBird's style: 20 lower-case base32hex characters (an xid). */
  newId(): string;
}

export function createStore(initial: StoreState, random: () => number = Math.random): Store {
  let state = initial;
  let revision = 0;
  const listeners = new Set<(s: StoreState) => void>();
  const alphabet = '0123456789abcdefghijklmnopqrstuv';
  return {
    get state() {
      return state;
    },
    get revision() {
      return revision;
    },
    replace(next) {
      state = next;
      revision++;
      for (const l of listeners) l(state);
    },
    changed() {
      revision++;
      for (const l of listeners) l(state);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    newId() {
      let id = '';
      for (let i = 0; i < 20; i++) id += alphabet[Math.floor(random() * 32)];
      return id;
    },
  };
}
