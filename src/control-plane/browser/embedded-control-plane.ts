import { accountSnapshotSchema, type AccountSnapshot } from '@/api/schemas';
import { createControlPlane, type ControlPlane } from '../control-plane';
import { seedSnapshot, type SeedName } from '../seeds';
import { snapshotFromState, stateFromSnapshot } from '../store/snapshot';
import { createStore } from '../store/store';
import type { FaultPlan } from '@/api/fault-plan';
import { createEmbeddedFetch } from './embedded-fetch';
import { createFaultInjector, type FaultInjector } from './fault-injector';
import { MemoryStorage } from './memory-storage';
import { readStoredSnapshot, removeLegacy, storageKeys, writeStoredSnapshot } from './stored-snapshot';

/** The storage family of the embedded account; the key carries the format version (stored-snapshot.ts). */
export const EMBEDDED_STORAGE_PREFIX = 'nbrc:embedded';
export const EMBEDDED_STORAGE_KEY = storageKeys(EMBEDDED_STORAGE_PREFIX).current;

/** Where unreadable stored data is moved, so a fallback to the demo never destroys an admin's work. */
export const unreadableKey = (key: string) => `${key}:unreadable`;

export interface EmbeddedControlPlaneOptions {
  /** Defaults to `localStorage`, or memory when the page has none. */
  storage?: Storage;
  /** The storage family (keys `<prefix>:v2`, legacy `<prefix>:v1`); defaults to EMBEDDED_STORAGE_PREFIX. */
  prefix?: string;
  /** Follow changes other tabs save (the `storage` event); default true in a browser. */
  watch?: boolean;
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
  /**
   * The stored data that could not be read, as it is (for download), or null. While it is there
   * nothing is written over it: the admin decides (reset or import) before it is replaced.
   */
  readonly unreadable: { key: string; raw: string } | null;
}

/**
 * createEmbeddedControlPlane: the browser host of the control plane. The account survives a
 * reload: after every change the whole snapshot is saved under a versioned key, and loaded on start.
 */
export function createEmbeddedControlPlane(opts: EmbeddedControlPlaneOptions = {}): EmbeddedControlPlane {
  const storage = opts.storage ?? defaultStorage();
  const prefix = opts.prefix ?? EMBEDDED_STORAGE_PREFIX;
  let loadProblem: string | null = null;
  let saveProblem: string | null = null;
  let unreadable: { key: string; raw: string } | null = null;

  const stored = readStoredSnapshot(storage, prefix);
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
      unreadable = { key: stored.key, raw: stored.raw };
      loadProblem = `${stored.problem}. The demo account is shown instead, and nothing is saved until you decide: download the saved data, or discard it and start over.`;
      try {
        // A second copy, in case the browser's storage is cleared of the main key by other means.
        if (stored.raw !== '') storage.setItem(unreadableKey(stored.key), stored.raw);
      } catch {
        // The original is still in place under its own key: nothing is written over it.
      }
      break;
  }

  const store = createStore(stateFromSnapshot(initial));
  let adopting = false;
  const adopt = (snapshot: AccountSnapshot) => {
    adopting = true;
    try {
      store.replace(stateFromSnapshot(snapshot));
    } finally {
      adopting = false;
    }
  };
  const save = () => {
    if (adopting) return;
    saveProblem = unreadable
      ? 'changes are not saved while the stored account is unreadable: download it or discard it in Settings'
      : writeStoredSnapshot(storage, prefix, snapshotFromState(store.state));
  };
  store.subscribe(save);
  // Another tab of the console saved the account: take its version, so this tab reads what is
  // stored (two tabs must not silently keep two accounts and overwrite each other's changes).
  if (opts.watch !== false && typeof window !== 'undefined') {
    window.addEventListener('storage', (e) => {
      if (e.storageArea !== storage || e.key !== storageKeys(prefix).current || unreadable) return;
      const next = readStoredSnapshot(storage, prefix);
      if (next.kind === 'ok') adopt(next.snapshot);
    });
  }
  if (stored.kind === 'ok' && stored.migratedFrom !== null) {
    // Migrate now: write the current format, then drop the old copy once that worked.
    save();
    if (saveProblem === null) removeLegacy(storage, stored.migratedFrom);
  }
  const plane = createControlPlane({ store });
  const faults = createFaultInjector(opts.faults ?? null);

  return {
    fetch: createEmbeddedFetch(plane, faults),
    plane,
    faults,
    reset(seed = 'demo') {
      // The admin's decision: the unreadable data (also kept under its :unreadable copy) may now be replaced.
      loadProblem = null;
      unreadable = null;
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
      unreadable = null;
      store.replace(stateFromSnapshot(parsed.data));
    },
    get loadProblem() {
      return loadProblem;
    },
    get saveProblem() {
      return saveProblem;
    },
    get unreadable() {
      return unreadable;
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
