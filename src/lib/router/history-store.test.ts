import { describe, expect, it } from 'vitest';
import { createHistoryStore, splitPath, type HistoryHost } from './history-store';

/** A browser history in memory: entries, an index, popstate fired on go() like the real one (synchronously here). */
function fakeHost(start = '/networks') {
  const entries: { url: string; state: unknown }[] = [{ url: start, state: null }];
  let index = 0;
  const popListeners: (() => void)[] = [];
  const location = { pathname: '', search: '', hash: '' };
  const sync = () => {
    const url = new URL(entries[index]!.url, 'http://x');
    location.pathname = url.pathname;
    location.search = url.search;
    location.hash = url.hash;
  };
  sync();
  const host: HistoryHost = {
    history: {
      get state() {
        return entries[index]!.state;
      },
      pushState: (state: unknown, _t: string, url?: string | URL | null) => {
        entries.splice(index + 1, entries.length, { url: String(url), state });
        index += 1;
        sync();
      },
      replaceState: (state: unknown, _t: string, url?: string | URL | null) => {
        entries[index] = { url: String(url), state };
        sync();
      },
      go: (delta?: number) => {
        index += delta ?? 0;
        sync();
        for (const l of popListeners) l();
      },
    },
    location,
    addEventListener: (_type, listener) => popListeners.push(listener),
  };
  return { host, entries, back: () => host.history.go(-1), forward: () => host.history.go(1) };
}

describe('createHistoryStore', () => {
  it('pushes and replaces entries, passes state, and tells listeners', () => {
    const { host, entries } = fakeHost();
    const store = createHistoryStore(host);
    const seen: string[] = [];
    store.subscribe(() => seen.push(store.getLocation().pathname + store.getLocation().search));
    store.navigate('/networks/n1?tab=resources', { state: { saved: 'Network created.' } });
    expect(store.getLocation()).toMatchObject({ pathname: '/networks/n1', search: '?tab=resources', hash: '', state: { saved: 'Network created.' } });
    expect(store.getAction()).toBe('PUSH');
    store.navigate('/peers', { replace: true });
    expect(store.getAction()).toBe('REPLACE');
    expect(store.getLocation().state).toBeNull();
    expect(entries.map((e) => e.url)).toEqual(['/networks', '/peers']);
    expect(seen).toEqual(['/networks/n1?tab=resources', '/peers']);
  });

  it('follows back and forward, with the state of each entry', () => {
    const { host, back, forward } = fakeHost();
    const store = createHistoryStore(host);
    store.navigate('/policies', { state: 'a' });
    store.navigate('/routes');
    back();
    expect(store.getLocation()).toMatchObject({ pathname: '/policies', state: 'a' });
    expect(store.getAction()).toBe('POP');
    forward();
    expect(store.getLocation().pathname).toBe('/routes');
  });

  it('holds a blocked link until proceed, and drops it on reset', () => {
    const { host } = fakeHost('/wizard');
    const store = createHistoryStore(host);
    const held: (() => void)[] = [];
    const release = store.block({ shouldBlock: (t) => t.currentLocation.pathname !== t.nextLocation.pathname, onBlocked: (_next, retry) => held.push(retry) });
    store.navigate('/wizard?network=n1');
    expect(store.getLocation().search).toBe('?network=n1'); // same page: not asked
    store.navigate('/networks');
    expect(store.getLocation().pathname).toBe('/wizard');
    expect(held).toHaveLength(1);
    held[0]!();
    expect(store.getLocation().pathname).toBe('/networks');
    release();
    store.navigate('/peers');
    expect(store.getLocation().pathname).toBe('/peers');
  });

  it('undoes a blocked back button and replays it when confirmed', () => {
    const { host, back, entries } = fakeHost('/networks');
    const store = createHistoryStore(host);
    store.navigate('/wizard');
    const held: { pathname: string; retry: () => void }[] = [];
    store.block({ shouldBlock: (t) => t.historyAction === 'POP' && t.nextLocation.pathname !== '/wizard', onBlocked: (next, retry) => held.push({ pathname: next.pathname, retry }) });
    const seen: string[] = [];
    store.subscribe(() => seen.push(store.getLocation().pathname));
    back();
    expect(held.map((h) => h.pathname)).toEqual(['/networks']);
    expect(host.location.pathname).toBe('/wizard'); // the browser was sent forward again
    expect(store.getLocation().pathname).toBe('/wizard');
    expect(seen).toEqual([]);
    held[0]!.retry();
    expect(store.getLocation().pathname).toBe('/networks');
    expect(seen).toEqual(['/networks']);
    expect(entries).toHaveLength(2);
  });

  it('stamps an entry a fragment link made, so later back buttons still count right', () => {
    const { host, back } = fakeHost('/networks');
    const store = createHistoryStore(host);
    // the browser adds "#main" itself (no state), then fires popstate
    host.history.pushState(null, '', '/networks#main');
    host.history.go(0);
    expect(store.getLocation().hash).toBe('#main');
    store.navigate('/wizard');
    const held: string[] = [];
    store.block({ shouldBlock: (t) => t.historyAction === 'POP', onBlocked: (next) => held.push(next.pathname + next.hash) });
    back();
    expect(held).toEqual(['/networks#main']);
    expect(host.location.pathname).toBe('/wizard');
  });
});

describe('splitPath', () => {
  const base = { pathname: '/networks/n1', search: '?tab=x' };
  it('splits absolute paths and keeps the current path for a query-only target', () => {
    expect(splitPath('/a/b?x=1#h', base)).toEqual({ pathname: '/a/b', search: '?x=1', hash: '#h' });
    expect(splitPath('?tab=y', base)).toEqual({ pathname: '/networks/n1', search: '?tab=y', hash: '' });
    expect(splitPath('#top', base)).toEqual({ pathname: '/networks/n1', search: '?tab=x', hash: '#top' });
  });
  it('resolves a relative path against the current directory', () => {
    expect(splitPath('edit', { pathname: '/policies/p1/', search: '' }).pathname).toBe('/policies/p1/edit');
    expect(splitPath('n2', base).pathname).toBe('/networks/n2');
  });
});
