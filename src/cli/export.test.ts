import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { accountSnapshotSchema, type AccountSnapshot } from '@/api/schemas';
import { startServer, type RunningServer } from '@/control-plane/node';
import { snapshotFromState } from '@/control-plane/store/snapshot';
import { runCli } from './run';
import { recordingIo } from './testing-io';

let dir = '';
const running: RunningServer[] = [];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'nbrc-export-'));
});

afterEach(async () => {
  await Promise.all(running.splice(0).map((s) => s.close()));
  await rm(dir, { recursive: true, force: true });
});

async function serve(opts: Parameters<typeof startServer>[0]): Promise<RunningServer> {
  const s = await startServer({ port: 0, ...opts });
  running.push(s);
  return s;
}

async function exportFrom(url: string, token: string): Promise<AccountSnapshot> {
  const io = recordingIo();
  expect(await runCli(['export', '--api', url, '--token', token], io)).toBe(0);
  expect(io.err).toBe('');
  return accountSnapshotSchema.parse(JSON.parse(io.out));
}

const post = (url: string, token: string, body: unknown) =>
  fetch(url, { method: 'POST', headers: { Authorization: `Token ${token}`, 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

describe('nbrc export', () => {
  it('exports a served account that, fed back with --seed, reproduces the same account', async () => {
    const a = await serve({ seed: 'demo', token: 'pat-a' });
    const net = (await (await post(`${a.url}/api/networks`, 'pat-a', { name: 'Added', description: 'over HTTP' })).json()) as { id: string };
    expect((await post(`${a.url}/api/networks/${net.id}/resources`, 'pat-a', { name: 'db', address: '10.77.0.5', enabled: true, groups: ['grp-engineers'] })).status).toBe(200);

    const first = await exportFrom(a.url, 'pat-a');
    // Our control plane also serves the lab data (/api/nbrc/lab), so nothing is lost on the way.
    expect(first).toEqual(snapshotFromState(a.plane.store.state));
    expect(first.network_resources[net.id]?.[0]?.address).toBe('10.77.0.5/32');

    const seedFile = join(dir, 'exported.json');
    await writeFile(seedFile, JSON.stringify(first));
    const b = await serve({ seed: seedFile, token: 'pat-b' });
    expect(await exportFrom(`${b.url}/api/`, 'pat-b')).toEqual(first);
  });

  it('exits 2 on a wrong token, says 401, and never prints the token', async () => {
    const a = await serve({ seed: 'empty', token: 'right' });
    const io = recordingIo();
    expect(await runCli(['export', '--api', a.url, '--token', 'wrong-secret-token'], io)).toBe(2);
    expect(io.out).toBe('');
    expect(io.err).toMatch(/401/);
    expect(io.err).not.toContain('wrong-secret-token');
  });

  it('hides the token even when an error message carries it', async () => {
    const io = recordingIo({ fetch: (_input, init) => Promise.reject(new Error(`refused: ${JSON.stringify(init?.headers)}`)) });
    expect(await runCli(['export', '--api', 'http://127.0.0.1:9', '--token', 'leaky-token-42'], io)).toBe(2);
    expect(io.err).toMatch(/could not be reached/);
    expect(io.err).not.toContain('leaky-token-42');
  });

  it('reads the token from NBRC_TOKEN', async () => {
    const a = await serve({ seed: 'empty', token: 'from-env' });
    const io = recordingIo({ env: { NBRC_TOKEN: 'from-env' } });
    expect(await runCli(['export', '--api', a.url], io)).toBe(0);
    expect(accountSnapshotSchema.safeParse(JSON.parse(io.out)).success).toBe(true);
  });

  it('exits 2 with a clear message when the host is unreachable', async () => {
    const a = await serve({ seed: 'empty' });
    const url = a.url;
    await running.pop()?.close();
    const io = recordingIo();
    expect(await runCli(['export', '--api', url], io)).toBe(2);
    expect(io.err).toMatch(/unreachable|could not be reached/);
  });
});
