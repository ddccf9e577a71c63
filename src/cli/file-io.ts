import { accountSnapshotSchema } from '@/api/schemas';
import { buildAccountIndex, type AccountIndex } from '@/domain/account';

/**
 * File input shared by the analysis commands (trace, access, ha, lint): they read a snapshot or a
 * scenario from disk and answer exit 2 with a clear message when it cannot be used.
 */
/** FileIo: what the trace, access and ha commands need from the outside world. */
export interface FileIo {
  stdout(s: string): void;
  stderr(s: string): void;
  readFile(path: string): string;
}

/** readJsonFile: the parsed JSON of a file, or the reason it cannot be read, for exit 2. */
export function readJsonFile(io: FileIo, path: string, what: string): { ok: true; value: unknown } | { ok: false; error: string } {
  let text: string;
  try {
    text = io.readFile(path);
  } catch (e) {
    return { ok: false, error: `cannot read ${what} "${path}": ${e instanceof Error ? e.message : String(e)}` };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    return { ok: false, error: `${what} "${path}" is not valid JSON: ${e instanceof Error ? e.message : String(e)}` };
  }
}

/** loadSnapshotIndex: read, validate (nbrc-account/1) and index a snapshot file. */
export function loadSnapshotIndex(io: FileIo, path: string): { ok: true; value: AccountIndex } | { ok: false; error: string } {
  const json = readJsonFile(io, path, 'snapshot');
  if (!json.ok) return json;
  const parsed = accountSnapshotSchema.safeParse(json.value);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    return { ok: false, error: `snapshot "${path}" is not an nbrc-account/1 snapshot: ${issues.join('; ')}` };
  }
  return { ok: true, value: buildAccountIndex(parsed.data) };
}

/** usageError prints the message and the usage line, and returns exit code 2. */
export function usageError(io: FileIo, command: string, message: string, usage: string): number {
  io.stderr(`nbrc ${command}: ${message}\n${usage}`);
  return 2;
}

