import { createHistoryStore, type HistoryStore } from './history-store';

let store: HistoryStore | null = null;

/** browserHistory: the one location store of the page, over `window.history` (created on first use). */
export function browserHistory(): HistoryStore {
  store ??= createHistoryStore(window);
  return store;
}
