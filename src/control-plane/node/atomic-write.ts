import { open, readdir, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * writeFileAtomic: replaces `file` with `text` so that a crash at any moment leaves either the old
 * or the new content, never a mix: write a temp file next to it, fsync it, rename it over the file
 * (atomic within a directory on POSIX), then fsync the directory so the rename itself survives a
 * power loss. `seq` makes temp names unique within the process.
 */
export async function writeFileAtomic(file: string, text: string, seq: number): Promise<void> {
  const tmp = `${file}.tmp-${process.pid}-${seq}`;
  try {
    const fh = await open(tmp, 'w', 0o600);
    try {
      await fh.writeFile(text, 'utf8');
      await fh.sync();
    } finally {
      await fh.close();
    }
    await rename(tmp, file);
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    throw e;
  }
  await syncDirectory(dirname(file));
}

async function syncDirectory(dir: string): Promise<void> {
  let dh;
  try {
    dh = await open(dir, 'r');
    await dh.sync();
  } catch {
    // Some platforms (Windows) cannot open or fsync a directory; the rename is still atomic there.
  } finally {
    await dh?.close();
  }
}

/**
 * removeStaleTempFiles: temp files left by a process killed mid-write. Only those of processes
 * that no longer run are removed, so a live writer's file is never pulled from under it.
 */
export async function removeStaleTempFiles(file: string): Promise<void> {
  const prefix = `${basename(file)}.tmp-`;
  let names: string[];
  try {
    names = await readdir(dirname(file));
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const pid = Number(name.slice(prefix.length).split('-')[0]);
    if (pid === process.pid || (Number.isInteger(pid) && pid > 0 && isRunning(pid))) continue;
    await unlink(join(dirname(file), name)).catch(() => undefined);
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
