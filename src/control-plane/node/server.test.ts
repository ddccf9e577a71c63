import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { accountSnapshotSchema } from '@/api/schemas';
import { seedSnapshot } from '../seeds';
import { startServer, type RunningServer } from './server';
import { SnapshotFileError } from './snapshot-file';

let dir = '';
const running: RunningServer[] = [];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'nbrc-server-'));
});

afterEach(async () => {
  await Promise.all(running.splice(0).map((s) => s.close()));
  await rm(dir, { recursive: true, force: true });
});

async function start(opts: Parameters<typeof startServer>[0]): Promise<RunningServer> {
  const server = await startServer({ port: 0, ...opts });
  running.push(server);
  return server;
}

const json = { 'Content-Type': 'application/json' };

describe('startServer', () => {
  it('listens on 127.0.0.1 by default and reports the bound port', async () => {
    const s = await start({ seed: 'empty' });
    expect(s.host).toBe('127.0.0.1');
    expect(s.port).toBeGreaterThan(0);
    expect(s.url).toBe(`http://127.0.0.1:${s.port}`);
  });

  it('answers 401 without or with a wrong token, 200 with the right one', async () => {
    const s = await start({ seed: 'demo', token: 'secret-pat' });
    const none = await fetch(`${s.url}/api/peers`);
    expect(none.status).toBe(401);
    expect(((await none.json()) as { code: number }).code).toBe(401);
    expect((await fetch(`${s.url}/api/peers`, { headers: { Authorization: 'Token wrong' } })).status).toBe(401);
    const ok = await fetch(`${s.url}/api/peers`, { headers: { Authorization: 'Token secret-pat' } });
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as unknown[]).length).toBe(seedSnapshot('demo').peers.length);
  });

  it('answers CORS preflights and adds CORS headers to every answer, errors included', async () => {
    const s = await start({ seed: 'empty', token: 't' });
    const pre = await fetch(`${s.url}/api/networks`, {
      method: 'OPTIONS',
      headers: { Origin: 'http://localhost:5173', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization, content-type' },
    });
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe('*');
    expect(pre.headers.get('access-control-allow-headers')).toMatch(/Authorization/);
    expect(pre.headers.get('access-control-allow-headers')).toMatch(/Content-Type/);
    expect(pre.headers.get('access-control-allow-methods')).toMatch(/PUT/);
    const denied = await fetch(`${s.url}/api/networks`, { headers: { Origin: 'http://localhost:5173' } });
    expect(denied.status).toBe(401);
    expect(denied.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('refuses bodies over 1 MB with 413 and non-JSON content types with 415', async () => {
    const s = await start({ seed: 'empty' });
    const big = JSON.stringify({ name: 'x', description: 'a'.repeat(1024 * 1024) });
    const tooLarge = await fetch(`${s.url}/api/networks`, { method: 'POST', headers: json, body: big });
    expect(tooLarge.status).toBe(413);
    expect(((await tooLarge.json()) as { message: string }).message).toMatch(/larger than/);
    const text = await fetch(`${s.url}/api/networks`, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: '{"name":"x"}' });
    expect(text.status).toBe(415);
    const charset = await fetch(`${s.url}/api/networks`, { method: 'POST', headers: { 'Content-Type': 'application/json; charset=utf-8' }, body: '{"name":"ok"}' });
    expect(charset.status).toBe(200);
    expect(((await (await fetch(`${s.url}/api/networks`)).json()) as unknown[]).length).toBe(1);
  });

  it('keeps a network created over HTTP across a restart with a data file', async () => {
    const dataFile = join(dir, 'account.json');
    const first = await start({ seed: 'demo', dataFile });
    const res = await fetch(`${first.url}/api/networks`, { method: 'POST', headers: json, body: JSON.stringify({ name: 'Survivor', description: 'restart' }) });
    expect(res.status).toBe(200);
    const { id } = (await res.json()) as { id: string };
    // Acknowledged means saved: the file has it before the server stops.
    expect(await readFile(dataFile, 'utf8')).toContain(id);
    await first.close();

    const second = await start({ seed: 'empty', dataFile });
    const got = await fetch(`${second.url}/api/networks/${id}`);
    expect(got.status).toBe(200);
    expect(((await got.json()) as { name: string }).name).toBe('Survivor');
    expect(accountSnapshotSchema.safeParse(JSON.parse(await readFile(dataFile, 'utf8'))).success).toBe(true);
  });

  it('does not acknowledge a change it could not save, and saves it with the next one', async () => {
    const sub = join(dir, 'sub');
    await mkdir(sub);
    const dataFile = join(sub, 'account.json');
    const s = await start({ seed: 'empty', dataFile });
    await rm(sub, { recursive: true });
    const failed = await fetch(`${s.url}/api/networks`, { method: 'POST', headers: json, body: JSON.stringify({ name: 'Lost?' }) });
    expect(failed.status).toBe(500);
    expect(((await failed.json()) as { message: string }).message).toMatch(/could not be saved/);
    await mkdir(sub);
    expect((await fetch(`${s.url}/api/networks`, { method: 'POST', headers: json, body: JSON.stringify({ name: 'Next' }) })).status).toBe(200);
    const saved = accountSnapshotSchema.parse(JSON.parse(await readFile(dataFile, 'utf8')));
    expect(saved.networks.map((n) => n.name)).toEqual(['Lost?', 'Next']);
  });

  it('writes the seed to a new data file at start', async () => {
    const dataFile = join(dir, 'new.json');
    await start({ seed: 'empty', dataFile });
    expect(accountSnapshotSchema.parse(JSON.parse(await readFile(dataFile, 'utf8'))).groups.map((g) => g.name)).toEqual(['All']);
  });

  it('refuses to start on a corrupt data file, naming it, and leaves it untouched', async () => {
    const dataFile = join(dir, 'broken.json');
    await writeFile(dataFile, '{"format":"nbrc-account/1",');
    await expect(startServer({ port: 0, seed: 'demo', dataFile })).rejects.toThrow(SnapshotFileError);
    await expect(startServer({ port: 0, seed: 'demo', dataFile })).rejects.toThrow(/broken\.json is not valid JSON/);
    expect(await readFile(dataFile, 'utf8')).toBe('{"format":"nbrc-account/1",');
  });

  it('starts from a snapshot file given as seed, and refuses one that is not a snapshot', async () => {
    const seedFile = join(dir, 'seed.json');
    const snapshot = seedSnapshot('empty');
    snapshot.networks.push({ id: 'net-x', name: 'From file', description: '', routers: [], resources: [], policies: [], routing_peers_count: 0 });
    snapshot.network_resources['net-x'] = [];
    snapshot.network_routers['net-x'] = [];
    await writeFile(seedFile, JSON.stringify(snapshot));
    const s = await start({ seed: seedFile });
    expect(((await (await fetch(`${s.url}/api/networks/net-x`)).json()) as { name: string }).name).toBe('From file');

    await writeFile(seedFile, JSON.stringify({ format: 'nbrc-account/1' }));
    await expect(startServer({ port: 0, seed: seedFile })).rejects.toThrow(/seed file .* is not an nbrc-account\/1 account snapshot \(account/);
  });

  it('answers unknown paths in NetBird error shape', async () => {
    const s = await start({ seed: 'empty' });
    const res = await fetch(`${s.url}/api/nothing`);
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ code: 404 });
  });
});
