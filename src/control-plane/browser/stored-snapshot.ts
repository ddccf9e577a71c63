import { accountSnapshotSchema, type AccountSnapshot } from '@/api/schemas';

/**
 * The embedded account in browser storage: one JSON snapshot under a versioned key. Reading never
 * throws: unreadable data comes back as a problem, with the raw text, so the caller can keep it.
 */
export type StoredSnapshot =
  | { kind: 'missing' }
  | { kind: 'ok'; snapshot: AccountSnapshot }
  | { kind: 'unreadable'; problem: string; raw: string };

export function readStoredSnapshot(storage: Storage, key: string): StoredSnapshot {
  let raw: string | null;
  try {
    raw = storage.getItem(key);
  } catch (e) {
    return { kind: 'unreadable', problem: `browser storage could not be read (${errorText(e)})`, raw: '' };
  }
  if (raw === null) return { kind: 'missing' };
  let json: unknown;
  try {
    json = JSON.parse(raw) as unknown;
  } catch (e) {
    return { kind: 'unreadable', problem: `the saved account is not valid JSON (${errorText(e)})`, raw };
  }
  const parsed = accountSnapshotSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? issue.path.join('.') : '(root)';
    return { kind: 'unreadable', problem: `the saved account is not an nbrc-account/1 snapshot (${where}: ${issue?.message ?? 'unexpected shape'})`, raw };
  }
  return { kind: 'ok', snapshot: parsed.data };
}

/** Writes the snapshot; returns a problem text instead of throwing (quota exceeded, storage blocked). */
export function writeStoredSnapshot(storage: Storage, key: string, snapshot: AccountSnapshot): string | null {
  try {
    storage.setItem(key, JSON.stringify(snapshot));
    return null;
  } catch (e) {
    return `the account could not be saved in browser storage (${errorText(e)}); changes will be lost on reload`;
  }
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
