import { describe, expect, it } from 'vitest';
import { api, createApiClient, type ApiClient } from '@/api';
import { seedSnapshot } from '../seeds';
import { createEmbeddedControlPlane, EMBEDDED_STORAGE_KEY, unreadableKey, type EmbeddedControlPlane } from './embedded-control-plane';
import { EMBEDDED_BASE_URL } from './embedded-fetch';
import { MemoryStorage } from './memory-storage';

const clientOf = (host: EmbeddedControlPlane): ApiClient => createApiClient({ baseUrl: EMBEDDED_BASE_URL, fetch: host.fetch });

describe('createEmbeddedControlPlane', () => {
  it('starts on the demo account when storage is empty', async () => {
    const host = createEmbeddedControlPlane({ storage: new MemoryStorage() });
    const peers = await api.peers.list(clientOf(host));
    expect(peers.length).toBe(seedSnapshot('demo').peers.length);
    expect(host.loadProblem).toBeNull();
  });

  it('keeps a created network across a reload', async () => {
    const storage = new MemoryStorage();
    const first = createEmbeddedControlPlane({ storage });
    const created = await api.networks.create(clientOf(first), { name: 'Lab', description: 'saved' });
    expect(storage.getItem(EMBEDDED_STORAGE_KEY)).toContain(created.id);

    const reloaded = createEmbeddedControlPlane({ storage });
    const networks = await api.networks.list(clientOf(reloaded));
    expect(networks.find((n) => n.id === created.id)?.description).toBe('saved');
    expect(reloaded.loadProblem).toBeNull();
  });

  it('falls back to the demo on unreadable JSON, reports it and keeps the raw text', () => {
    const storage = new MemoryStorage();
    storage.setItem('k:v2', '{"format": "nbrc-account/1", "peers": [');
    const host = createEmbeddedControlPlane({ storage, prefix: 'k' });
    expect(host.loadProblem).toMatch(/not valid JSON/);
    expect(host.loadProblem).toMatch(/nothing is saved until you decide/);
    expect(host.unreadable).toEqual({ key: 'k:v2', raw: '{"format": "nbrc-account/1", "peers": [' });
    expect(storage.getItem(unreadableKey('k:v2'))).toBe('{"format": "nbrc-account/1", "peers": [');
    expect(host.exportSnapshot().peers.length).toBe(seedSnapshot('demo').peers.length);
  });

  it('reports valid JSON that is not a snapshot, naming the bad field', () => {
    const storage = new MemoryStorage();
    const bad = { ...seedSnapshot('empty'), groups: 'nope' };
    const stored = JSON.stringify({ version: 2, saved_at: '2026-11-24T00:00:00Z', snapshot: bad });
    storage.setItem(EMBEDDED_STORAGE_KEY, stored);
    const host = createEmbeddedControlPlane({ storage });
    expect(host.loadProblem).toMatch(/groups/);
    expect(storage.getItem(unreadableKey(EMBEDDED_STORAGE_KEY))).toBe(stored);
  });

  it('writes nothing over unreadable data until the admin resets or imports', async () => {
    const storage = new MemoryStorage();
    storage.setItem(EMBEDDED_STORAGE_KEY, 'garbage');
    const host = createEmbeddedControlPlane({ storage });
    await api.networks.create(clientOf(host), { name: 'After' });
    expect(storage.getItem(EMBEDDED_STORAGE_KEY)).toBe('garbage');
    expect(host.saveProblem).toMatch(/not saved while the stored account is unreadable/);
    // A reload finds the same problem: nothing was lost or replaced behind the admin's back.
    expect(createEmbeddedControlPlane({ storage }).loadProblem).toMatch(/not valid JSON/);

    host.reset('demo');
    expect(host.unreadable).toBeNull();
    expect(createEmbeddedControlPlane({ storage }).loadProblem).toBeNull();
    expect(storage.getItem(unreadableKey(EMBEDDED_STORAGE_KEY))).toBe('garbage');
  });

  it('migrates a version 1 account (bare snapshot under :v1) to the version 2 envelope', async () => {
    const storage = new MemoryStorage();
    const v1 = { ...seedSnapshot('empty'), networks: [{ id: 'n-old', name: 'Saved by v1', description: '', routers: [], resources: [], policies: [], routing_peers_count: 0 }] };
    storage.setItem('nbrc:embedded:v1', JSON.stringify(v1));
    const host = createEmbeddedControlPlane({ storage });
    expect(host.loadProblem).toBeNull();
    expect((await api.networks.list(clientOf(host))).map((n) => n.name)).toEqual(['Saved by v1']);
    expect(storage.getItem('nbrc:embedded:v1')).toBeNull();
    const envelope = JSON.parse(storage.getItem(EMBEDDED_STORAGE_KEY) ?? '{}') as { version: number; snapshot: { networks: { id: string }[] } };
    expect(envelope.version).toBe(2);
    expect(envelope.snapshot.networks.map((n) => n.id)).toEqual(['n-old']);
  });

  it('refuses data written by a newer console instead of misreading it', () => {
    const storage = new MemoryStorage();
    storage.setItem(EMBEDDED_STORAGE_KEY, JSON.stringify({ version: 3, snapshot: {} }));
    const host = createEmbeddedControlPlane({ storage });
    expect(host.loadProblem).toMatch(/newer console \(storage version 3/);
  });

  it('reset replaces and saves the account; import validates', async () => {
    const storage = new MemoryStorage();
    const host = createEmbeddedControlPlane({ storage });
    host.reset('empty');
    expect(createEmbeddedControlPlane({ storage }).exportSnapshot().peers).toEqual([]);
    expect(() => host.importSnapshot({ format: 'other' })).toThrow(/format/);
    host.importSnapshot(seedSnapshot('demo'));
    expect((await api.groups.list(clientOf(host))).some((g) => g.name === 'Engineers')).toBe(true);
  });

  it('survives storage that refuses writes, and says so', async () => {
    const storage = new MemoryStorage();
    storage.setItem = () => {
      throw new Error('QuotaExceededError');
    };
    const host = createEmbeddedControlPlane({ storage });
    await api.networks.create(clientOf(host), { name: 'Unsaved' });
    expect(host.saveProblem).toMatch(/QuotaExceededError/);
  });

  it('answers asynchronously, after a macrotask, and honours abort', async () => {
    const host = createEmbeddedControlPlane({ storage: new MemoryStorage() });
    let settled = false;
    const pending = host.fetch('/api/networks').then((r) => {
      settled = true;
      return r;
    });
    await Promise.resolve();
    await Promise.resolve();
    expect(settled).toBe(false);
    expect((await pending).status).toBe(200);

    const controller = new AbortController();
    const aborted = host.fetch(`${EMBEDDED_BASE_URL}/api/networks`, { signal: controller.signal });
    controller.abort();
    await expect(aborted).rejects.toMatchObject({ name: 'AbortError' });
  });
});
