import { accountSnapshotSchema, type AccountSnapshot } from '@/api/schemas';
import { createControlPlane, type ControlPlane } from '../control-plane';
import { seedSnapshot, type SeedName } from '../seeds';
import { snapshotFromState, stateFromSnapshot } from '../store/snapshot';
import { createStore } from '../store/store';
import type { FaultPlan } from '@/api/fault-plan';
import { createEmbeddedFetch } from './embedded-fetch';
import { createFaultInjector, type FaultInjector } from './fault-injector';
import { MemoryStorage } from './memory-storage';
import { readStoredSnapshot, writeStoredSnapshot } from './stored-snapshot';

/** The storage key of the embedded account. Bump the version when the stored format changes. */
export const EMBEDDED_STORAGE_KEY = 'nbrc:embedded:v1';

/** Where unreadable stored data is moved, so a fallback to the demo never destroys an admin's work. */
export const unreadableKey = (key: string) => `${key}:unreadable`;

export interface EmbeddedControlPlaneOptions {
  /** Defaults to `localStorage`, or memory when the page has none. */
  storage?: Storage;
  key?: string;
  /** Fault injection to start with (Settings keeps it per browser tab). */
  faults?: FaultPlan | null;
}

export interface EmbeddedControlPlane {
  /** A fetch that answers from the control plane in the page; no request leaves the browser. */
  fetch: typeof fetch;
  readonly plane: ControlPlane;
  /** Fails requests on purpose (demo Settings and tests). */
  readonly faults: FaultInjector;
  /** Replace the account with a fresh seed (default: the demo) and save it. */
  reset(seed?: SeedName): void;
  exportSnapshot(): AccountSnapshot;
  /** Replace the account with a snapshot; throws with a readable message when it is not one. */
  importSnapshot(snapshot: unknown): void;
  /**
   * What was wrong with the stored account when the page loaded (the demo was loaded instead and
   * the raw text kept under `unreadableKey(key)`), or null. Cleared by reset and import.
   */
  readonly loadProblem: string | null;
  /** Why the last save to browser storage failed, or null once a save succeeds. */
  readonly saveProblem: string | null;
}

/**
 * createEmbeddedControlPlane: the browser host of the control plane. The account survives a
 * reload: after every change the whole snapshot is saved under a versioned key, and loaded on start.
 */
export function createEmbeddedControlPlane(opts: EmbeddedControlPlaneOptions = {}): EmbeddedControlPlane {
  const storage = opts.storage ?? defaultStorage();
  const key = opts.key ?? EMBEDDED_STORAGE_KEY;
  let loadProblem: string | null = null;
  let saveProblem: string | null = null;

  const stored = readStoredSnapshot(storage, key);
  let initial: AccountSnapshot;
  switch (stored.kind) {
    case 'ok':
      initial = stored.snapshot;
      break;
    case 'missing':
      initial = seedSnapshot('demo');
      break;
    case 'unreadable':
      initial = seedSnapshot('demo');
      loadProblem = `${stored.problem}. The demo account was loaded instead; the saved data is kept in browser storage under "${unreadableKey(key)}".`;
      try {
        if (stored.raw !== '') storage.setItem(unreadableKey(key), stored.raw);
      } catch {
        loadProblem = `${stored.problem}. The demo account was loaded instead; the saved data could not be copied aside and is still under "${key}" until the next change.`;
      }
      break;
  }

  const store = createStore(stateFromSnapshot(initial));
  store.subscribe((state) => {
    saveProblem = writeStoredSnapshot(storage, key, snapshotFromState(state));
  });
  const plane = createControlPlane({ store });
  const faults = createFaultInjector(opts.faults ?? null);

  return {
    fetch: createEmbeddedFetch(plane, faults),
    plane,
    faults,
    reset(seed = 'demo') {
      loadProblem = null;
      store.replace(stateFromSnapshot(seedSnapshot(seed)));
    },
    exportSnapshot: () => snapshotFromState(store.state),
    importSnapshot(snapshot) {
      const parsed = accountSnapshotSchema.safeParse(snapshot);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new Error(`not an nbrc-account/1 snapshot: ${issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : 'unexpected shape'}`);
      }
      loadProblem = null;
      store.replace(stateFromSnapshot(parsed.data));
    },
    get loadProblem() {
      return loadProblem;
    },
    get saveProblem() {
      return saveProblem;
    },
  };
}

function defaultStorage(): Storage {
  try {
    if (typeof localStorage !== 'undefined') return localStorage;
  } catch {
    // Accessing localStorage throws when the browser blocks site data.
  }
  return new MemoryStorage();
}
