import { useSyncExternalStore } from 'react';
import { readThemePreference, resolveTheme, THEME_STORAGE_KEY, type ThemePreference } from './theme';

/**
 * The theme lives outside React so main.tsx can apply it before the first render and the header's
 * switch reads and changes it through one small store.
 */
const DARK_QUERY = '(prefers-color-scheme: dark)';
const listeners = new Set<() => void>();
let preference: ThemePreference = 'system';

function apply(): void {
  const dark = resolveTheme(preference, window.matchMedia(DARK_QUERY).matches) === 'dark';
  document.documentElement.classList.toggle('dark', dark);
}

/** initTheme: read the saved choice, paint it, and follow OS changes while the choice is `system`. */
export function initTheme(): void {
  preference = readThemePreference(safeLocalStorage());
  apply();
  window.matchMedia(DARK_QUERY).addEventListener('change', () => {
    if (preference === 'system') apply();
  });
}

export function setThemePreference(next: ThemePreference): void {
  preference = next;
  try {
    safeLocalStorage()?.setItem(THEME_STORAGE_KEY, next);
  } catch {
    // Storage may be full or blocked; the theme still applies for this visit.
  }
  apply();
  listeners.forEach((l) => l());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useThemePreference(): ThemePreference {
  return useSyncExternalStore(subscribe, () => preference);
}

function safeLocalStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
