/**
 * The console's location store: the browser history as an external store React reads with
 * useSyncExternalStore, plus navigation blockers (the wizard's "leave with a plan in progress?").
 *
 * Why our own store rather than the router library's: the store must be able to refuse a navigation
 * before anything renders it, including the browser's back/forward buttons, which have already moved
 * the history when `popstate` fires. Each entry therefore carries its index in `history.state`, so a
 * blocked back/forward is undone with `history.go(delta)` and replayed if the admin confirms.
 */

export type NavigationAction = 'POP' | 'PUSH' | 'REPLACE';

export interface AppLocation {
  pathname: string;
  search: string;
  hash: string;
  /** What the navigating page passed as `state` (e.g. a "saved" notice); null when none. */
  state: unknown;
  /** Unique per history entry. */
  key: string;
}

export interface NavigateOptions {
  replace?: boolean | undefined;
  state?: unknown;
}

/** A navigation a blocker is asked about. */
export interface Transition {
  currentLocation: AppLocation;
  nextLocation: AppLocation;
  historyAction: NavigationAction;
}

/** A registered blocker: `shouldBlock` decides; `onBlocked` gets the held navigation (run `retry` to let it through). */
export interface BlockerRegistration {
  shouldBlock: (transition: Transition) => boolean;
  onBlocked: (next: AppLocation, retry: () => void) => void;
}

/** The parts of `window` the store uses (a fake in unit tests). */
export interface HistoryHost {
  history: Pick<History, 'state' | 'pushState' | 'replaceState' | 'go'>;
  location: Pick<Location, 'pathname' | 'search' | 'hash'>;
  addEventListener: (type: 'popstate', listener: () => void) => void;
}

export interface HistoryStore {
  getLocation: () => AppLocation;
  /** How the current location was reached. */
  getAction: () => NavigationAction;
  subscribe: (listener: () => void) => () => void;
  navigate: (to: string, options?: NavigateOptions) => void;
  block: (registration: BlockerRegistration) => () => void;
}

/** What we keep in `history.state`: the page's state, the entry's key, and its index for undoing a blocked POP. */
interface EntryState {
  usr: unknown;
  key: string;
  idx: number;
}

function isEntryState(value: unknown): value is EntryState {
  return typeof value === 'object' && value !== null && typeof (value as EntryState).key === 'string' && typeof (value as EntryState).idx === 'number';
}

function newKey(): string {
  return Math.random().toString(36).slice(2, 10);
}

/** splitPath: "/a/b?x=1#h" → its parts; a relative or empty `to` is resolved against `base`. */
export function splitPath(to: string, base: Pick<AppLocation, 'pathname' | 'search'>): Pick<AppLocation, 'pathname' | 'search' | 'hash'> {
  const hashAt = to.indexOf('#');
  const hash = hashAt >= 0 ? to.slice(hashAt) : '';
  const rest = hashAt >= 0 ? to.slice(0, hashAt) : to;
  const searchAt = rest.indexOf('?');
  const path = searchAt >= 0 ? rest.slice(0, searchAt) : rest;
  const search = searchAt >= 0 ? rest.slice(searchAt) : '';
  if (path === '') return { pathname: base.pathname, search: searchAt >= 0 ? search : base.search, hash };
  if (path.startsWith('/')) return { pathname: path, search: search === '?' ? '' : search, hash };
  const dir = base.pathname.endsWith('/') ? base.pathname : base.pathname.slice(0, base.pathname.lastIndexOf('/') + 1);
  return { pathname: dir + path, search: search === '?' ? '' : search, hash };
}

export function createHistoryStore(host: HistoryHost): HistoryStore {
  const listeners = new Set<() => void>();
  const blockers: BlockerRegistration[] = [];
  let action: NavigationAction = 'POP';
  /** Set while we undo a blocked POP: the popstate it causes is ours, not the admin's. */
  let undoingPop = false;
  /** Set while a confirmed POP replays: its popstate must not be blocked again. */
  let replayingPop = false;

  const read = (): { location: AppLocation; idx: number } => {
    const raw: unknown = host.history.state;
    const entry = isEntryState(raw) ? raw : null;
    const { pathname, search, hash } = host.location;
    return { location: { pathname, search, hash, state: entry?.usr ?? null, key: entry?.key ?? 'default' }, idx: entry?.idx ?? 0 };
  };

  // The first entry gets a key and index, so a blocked back button can find its way back to it.
  if (!isEntryState(host.history.state)) {
    const { pathname, search, hash } = host.location;
    host.history.replaceState({ usr: null, key: newKey(), idx: 0 } satisfies EntryState, '', pathname + search + hash);
  }
  let current = read();

  const emit = () => {
    for (const listener of [...listeners]) listener();
  };

  const blockerFor = (transition: Transition) => blockers.find((b) => b.shouldBlock(transition));

  const commit = (nextAction: NavigationAction) => {
    current = read();
    action = nextAction;
    emit();
  };

  const push = (to: string, options: NavigateOptions, bypass: boolean) => {
    const target = splitPath(to, current.location);
    const replace = options.replace === true;
    const nextAction: NavigationAction = replace ? 'REPLACE' : 'PUSH';
    const idx = replace ? current.idx : current.idx + 1;
    const next: AppLocation = { ...target, state: options.state ?? null, key: newKey() };
    const blocker = bypass ? undefined : blockerFor({ currentLocation: current.location, nextLocation: next, historyAction: nextAction });
    if (blocker) {
      blocker.onBlocked(next, () => push(to, options, true));
      return;
    }
    const entry: EntryState = { usr: next.state, key: next.key, idx };
    const url = target.pathname + target.search + target.hash;
    if (replace) host.history.replaceState(entry, '', url);
    else host.history.pushState(entry, '', url);
    commit(nextAction);
  };

  host.addEventListener('popstate', () => {
    if (undoingPop) {
      undoingPop = false;
      return;
    }
    if (!isEntryState(host.history.state)) {
      // A fragment link (e.g. "Skip to content") made this entry without our state: it comes after the current one.
      const { pathname, search, hash } = host.location;
      host.history.replaceState({ usr: null, key: newKey(), idx: current.idx + 1 } satisfies EntryState, '', pathname + search + hash);
    }
    const next = read();
    const delta = current.idx - next.idx;
    if (!replayingPop && delta !== 0) {
      const blocker = blockerFor({ currentLocation: current.location, nextLocation: next.location, historyAction: 'POP' });
      if (blocker) {
        // The browser has already moved: go back to where we were, and replay the move if confirmed.
        undoingPop = true;
        host.history.go(delta);
        blocker.onBlocked(next.location, () => {
          replayingPop = true;
          host.history.go(-delta);
        });
        return;
      }
    }
    replayingPop = false;
    commit('POP');
  });

  return {
    getLocation: () => current.location,
    getAction: () => action,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    navigate: (to, options = {}) => push(to, options, false),
    block: (registration) => {
      blockers.push(registration);
      return () => {
        const at = blockers.indexOf(registration);
        if (at >= 0) blockers.splice(at, 1);
      };
    },
  };
}
