import { describe, expect, it } from 'vitest';
import { createControlPlane } from './control-plane';
import { createReadCache } from './read-cache';
import { createStore } from './store/store';
import { testState } from './testing/test-plane';

const get = async (plane: ReturnType<typeof createControlPlane>, path: string) => (await plane.handle(new Request(`http://cp${path}`))).json() as Promise<{ name: string }[]>;

describe('read cache (nbrc serve)', () => {
  it('answers repeated reads from the cache and drops it on any change', async () => {
    const store = createStore(testState());
    const plane = createControlPlane({ store, cacheReads: true });
    const before = await get(plane, '/api/networks');
    // A change made behind the API's back is not seen while the cache holds...
    store.state.networks.set('n-x', { id: 'n-x', name: 'Hidden', description: '' });
    expect(await get(plane, '/api/networks')).toEqual(before);
    // ...and any change through the API (store.changed) drops the cache at once.
    const created = await plane.handle(
      new Request('http://cp/api/networks', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'Lab' }) }),
    );
    expect(created.status).toBe(200);
    expect((await get(plane, '/api/networks')).map((n) => n.name)).toEqual(['Office', 'Hidden', 'Lab']);
  });

  it('keeps an answer until the account changes, but one that read the clock for a second only', () => {
    const store = createStore(testState());
    let clock = 0;
    const cache = createReadCache(store, 1_000, () => clock);
    cache.set('/api/peers', { status: 200, body: '[]', readClock: false });
    cache.set('/api/setup-keys', { status: 200, body: '[]', readClock: true });
    clock = 60_000;
    expect(cache.get('/api/peers')?.body).toBe('[]');
    expect(cache.get('/api/setup-keys')).toBeUndefined();
    store.changed();
    expect(cache.get('/api/peers')).toBeUndefined();
  });

  it('is off by default: every read sees the store', async () => {
    const store = createStore(testState());
    const plane = createControlPlane({ store });
    await get(plane, '/api/networks');
    store.state.networks.set('n-x', { id: 'n-x', name: 'Seen', description: '' });
    expect((await get(plane, '/api/networks')).map((n) => n.name)).toContain('Seen');
  });
});
