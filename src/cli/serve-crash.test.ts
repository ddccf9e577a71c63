import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { accountSnapshotSchema } from '@/api/schemas';

const BIN = fileURLToPath(new URL('../../bin/nbrc.mjs', import.meta.url));

let dir = '';
const children: ChildProcess[] = [];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'nbrc-crash-'));
});

afterEach(async () => {
  for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  await rm(dir, { recursive: true, force: true });
});

/** Starts `nbrc serve --port 0` as a real process and reads the URL it prints on stdout. */
function serve(args: string[]): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const line = out.split('\n')[0];
      if (out.includes('\n') && line) resolve({ child, url: line.trim() });
    });
    child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
    child.on('exit', (code) => reject(new Error(`nbrc serve exited with ${code} before listening: ${err}`)));
  });
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve())));
}

/** Creates networks one after another until the server goes away; returns the acknowledged ids. */
async function writeUntilGone(url: string, prefix: string, onAck: () => void): Promise<string[]> {
  const acked: string[] = [];
  for (let i = 0; ; i++) {
    try {
      const res = await fetch(`${url}/api/networks`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ name: `${prefix}-${i}` }) });
      if (res.status !== 200) throw new Error(`unexpected ${res.status}: ${await res.text()}`);
      acked.push(((await res.json()) as { id: string }).id);
      onAck();
    } catch (e) {
      if (e instanceof Error && e.message.startsWith('unexpected')) throw e;
      return acked;
    }
  }
}

describe('nbrc serve --data under kill -9', () => {
  it('always leaves a readable file holding every acknowledged write', { timeout: 30_000 }, async () => {
    const dataFile = join(dir, 'account.json');
    const allAcked: string[] = [];
    for (let round = 0; round < 3; round++) {
      const { child, url } = await serve(['--data', dataFile, '--seed', 'empty']);
      let firstAck = () => {};
      const acking = new Promise<void>((r) => (firstAck = r));
      const writers = [0, 1, 2, 3].map((w) => writeUntilGone(url, `r${round}-w${w}`, firstAck));
      // Kill at a random moment once writes are flowing, so every round has acknowledged writes.
      await acking;
      await new Promise((r) => setTimeout(r, Math.random() * 250));
      child.kill('SIGKILL');
      await exited(child);
      const acked = (await Promise.all(writers)).flat();
      expect(acked.length).toBeGreaterThan(0);
      allAcked.push(...acked);

      const snapshot = accountSnapshotSchema.parse(JSON.parse(await readFile(dataFile, 'utf8')));
      const saved = new Set(snapshot.networks.map((n) => n.id));
      expect(allAcked.filter((id) => !saved.has(id))).toEqual([]);
    }
  });

  it('prints the URL on stdout and stops cleanly on SIGTERM', { timeout: 15_000 }, async () => {
    const { child, url } = await serve(['--seed', 'empty', '--token', 'tok-123']);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect((await fetch(`${url}/api/groups`, { headers: { Authorization: 'Token tok-123' } })).status).toBe(200);
    child.kill('SIGTERM');
    await exited(child);
    expect(child.exitCode).toBe(0);
  });

  it('exits 2 with a clear message on a corrupt data file, leaving it as it was', { timeout: 15_000 }, async () => {
    const dataFile = join(dir, 'corrupt.json');
    await writeFile(dataFile, 'not json at all');
    const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--data', dataFile], { stdio: ['ignore', 'pipe', 'pipe'] });
    children.push(child);
    let err = '';
    child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
    await exited(child);
    expect(child.exitCode).toBe(2);
    expect(err).toMatch(/corrupt\.json is not valid JSON/);
    expect(await readFile(dataFile, 'utf8')).toBe('not json at all');
  });
});
