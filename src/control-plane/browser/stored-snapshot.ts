import { accountSnapshotSchema, type AccountSnapshot } from '@/api/schemas';

/**
 * The embedded account in browser storage. Current format (version 2): under `nbrc:embedded:v2`,
 * an envelope `{"version": 2, "saved_at": ISO time, "snapshot": <nbrc-account/1 snapshot>}`.
 * Version 1 (earlier releases of the console) kept the bare snapshot under `nbrc:embedded:v1`;
 * it is read and migrated, and removed only after the version 2 copy is written. Reading never
 * throws: unreadable data comes back as a problem with the raw text, so the caller can keep it.
 */
export const STORAGE_VERSION = 2;

export type StoredSnapshot =
  | { kind: 'missing' }
  | { kind: 'ok'; snapshot: AccountSnapshot; migratedFrom: string | null }
  | { kind: 'unreadable'; problem: string; raw: string; key: string };

/** The keys of a storage family: `prefix:v2` now, `prefix:v1` before. */
export const storageKeys = (prefix: string) => ({ current: `${prefix}:v${STORAGE_VERSION}`, legacy: [`${prefix}:v1`] as const });

export function readStoredSnapshot(storage: Storage, prefix: string): StoredSnapshot {
  const keys = storageKeys(prefix);
  const current = readRaw(storage, keys.current);
  if (current.kind !== 'missing') return current.kind === 'unreadable' ? current : parseEnvelope(current.raw, keys.current);
  for (const legacy of keys.legacy) {
    const old = readRaw(storage, legacy);
    if (old.kind === 'missing') continue;
    if (old.kind === 'unreadable') return old;
    const parsed = parseSnapshot(old.raw, legacy, 'the saved account (version 1)');
    return parsed.kind === 'ok' ? { ...parsed, migratedFrom: legacy } : parsed;
  }
  return { kind: 'missing' };
}

/** Writes the snapshot in the current envelope; returns a problem text instead of throwing (quota exceeded, storage blocked). */
export function writeStoredSnapshot(storage: Storage, prefix: string, snapshot: AccountSnapshot, now: Date = new Date()): string | null {
  try {
    storage.setItem(storageKeys(prefix).current, JSON.stringify({ version: STORAGE_VERSION, saved_at: now.toISOString(), snapshot }));
    return null;
  } catch (e) {
    return `the account could not be saved in browser storage (${errorText(e)}); changes will be lost on reload`;
  }
}

/** removeLegacy: after a migration was written, the old copy goes (it would only confuse a later reader). */
export function removeLegacy(storage: Storage, key: string): void {
  try {
    storage.removeItem(key);
  } catch {
    // A storage that cannot remove keeps a stale copy; the current key wins on the next read.
  }
}

type Raw = { kind: 'missing' } | { kind: 'present'; raw: string } | { kind: 'unreadable'; problem: string; raw: string; key: string };

function readRaw(storage: Storage, key: string): Raw {
  try {
    const raw = storage.getItem(key);
    return raw === null ? { kind: 'missing' } : { kind: 'present', raw };
  } catch (e) {
    return { kind: 'unreadable', problem: `browser storage could not be read (${errorText(e)})`, raw: '', key };
  }
}

function parseEnvelope(raw: string, key: string): StoredSnapshot {
  let json: unknown;
  try {
    json = JSON.parse(raw) as unknown;
  } catch (e) {
    return { kind: 'unreadable', problem: `the saved account is not valid JSON (${errorText(e)})`, raw, key };
  }
  const envelope = json !== null && typeof json === 'object' ? (json as { version?: unknown; snapshot?: unknown }) : {};
  if (typeof envelope.version === 'number' && envelope.version > STORAGE_VERSION) {
    return { kind: 'unreadable', problem: `the saved account was written by a newer console (storage version ${envelope.version}; this one reads up to ${STORAGE_VERSION})`, raw, key };
  }
  if (envelope.version !== STORAGE_VERSION) return { kind: 'unreadable', problem: `the saved account has no storage version ${STORAGE_VERSION} envelope`, raw, key };
  return checkSnapshot(envelope.snapshot, raw, key, 'the saved account');
}

function parseSnapshot(raw: string, key: string, what: string): StoredSnapshot {
  let json: unknown;
  try {
    json = JSON.parse(raw) as unknown;
  } catch (e) {
    return { kind: 'unreadable', problem: `${what} is not valid JSON (${errorText(e)})`, raw, key };
  }
  return checkSnapshot(json, raw, key, what);
}

function checkSnapshot(json: unknown, raw: string, key: string, what: string): StoredSnapshot {
  const parsed = accountSnapshotSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? issue.path.join('.') : '(root)';
    return { kind: 'unreadable', problem: `${what} is not an nbrc-account/1 snapshot (${where}: ${issue?.message ?? 'unexpected shape'})`, raw, key };
  }
  return { kind: 'ok', snapshot: parsed.data, migratedFrom: null };
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
