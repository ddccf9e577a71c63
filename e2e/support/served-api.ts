import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';

/**
 * A real `nbrc serve` process (the NetBird-compatible API over HTTP) for tests that exercise the
 * console's "real management API" path. Each call starts its own server on a free port with its
 * own demo account, so tests stay independent and parallel-safe.
 */
export interface ServedApi {
  url: string;
  token: string;
  stop(): Promise<void>;
}

const bin = fileURLToPath(new URL('../../bin/nbrc.mjs', import.meta.url));

/** `seed`: a seed name, or the path of an account snapshot file. */
export async function startServedApi(opts: { seed?: string; token?: string } = {}): Promise<ServedApi> {
  const token = opts.token ?? `nbp_${randomBytes(12).toString('hex')}`;
  const child = spawn(process.execPath, [bin, 'serve', '--port', '0', '--seed', opts.seed ?? 'demo'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    // The token goes through the environment, never the process list.
    env: { ...process.env, NBRC_TOKEN: token },
  });
  const url = await firstLine(child);
  return {
    url,
    token,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

function firstLine(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`nbrc serve did not start in time: ${err}`)), 20_000);
    child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const nl = out.indexOf('\n');
      if (nl >= 0) {
        clearTimeout(timer);
        resolve(out.slice(0, nl).trim());
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`nbrc serve exited with ${code}: ${err}`));
    });
  });
}
