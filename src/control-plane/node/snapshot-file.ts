import { readFile } from 'node:fs/promises';
import { accountSnapshotSchema, type AccountSnapshot } from '@/api/schemas';

/**
 * SnapshotFileError: a data or seed file that cannot be used. `nbrc` reports its message and exits
 * with 2; the file is never touched, so a corrupt data file can still be inspected or repaired.
 */
export class SnapshotFileError extends Error {
  readonly path: string;
  constructor(path: string, message: string) {
    super(message);
    this.name = 'SnapshotFileError';
    this.path = path;
  }
}

/** Reads an nbrc-account/1 snapshot file; `what` names the file's role in messages ("data file"). */
export async function readSnapshotFile(path: string, what: string): Promise<AccountSnapshot> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new SnapshotFileError(path, `cannot read ${what} ${path}: ${code === 'ENOENT' ? 'no such file' : errorText(e)}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text) as unknown;
  } catch (e) {
    throw new SnapshotFileError(path, `${what} ${path} is not valid JSON (${errorText(e)}); it was left untouched`);
  }
  const parsed = accountSnapshotSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? issue.path.join('.') : '(root)';
    throw new SnapshotFileError(path, `${what} ${path} is not an nbrc-account/1 account snapshot (${where}: ${issue?.message ?? 'unexpected shape'}); it was left untouched`);
  }
  return parsed.data;
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
