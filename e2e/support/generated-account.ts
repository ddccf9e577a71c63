import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

/**
 * generateAccountFile: a generated account (`nbrc generate --size`) in a temporary file, for
 * `nbrc serve --seed FILE`. Generation is deterministic, so every test and bench run sees the same
 * account of that size (XL: 10,000 peers, 1,000 networks, 20,000 resources, 5,000 policies; about
 * 35 MB, too big for the embedded control plane's localStorage, hence a served API).
 */
export type AccountSize = 'S' | 'M' | 'L' | 'XL';

export interface GeneratedAccount {
  path: string;
  remove(): Promise<void>;
}

const bin = fileURLToPath(new URL('../../bin/nbrc.mjs', import.meta.url));

export async function generateAccountFile(size: AccountSize): Promise<GeneratedAccount> {
  const dir = await mkdtemp(join(tmpdir(), `nbrc-${size.toLowerCase()}-`));
  const path = join(dir, `${size.toLowerCase()}.json`);
  try {
    await promisify(execFile)(process.execPath, [bin, 'generate', '--size', size, '--out', path]);
  } catch (e) {
    await rm(dir, { recursive: true, force: true });
    throw e;
  }
  return { path, remove: () => rm(dir, { recursive: true, force: true }) };
}
