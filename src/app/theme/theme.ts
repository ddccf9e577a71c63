/**
 * Theme: light, dark, or follow the system. The choice is kept in localStorage and applied as a
 * `.dark` class on <html> (Tailwind's class-based dark variant). main.tsx applies it before the
 * first render, so a dark-mode user never sees a light page flash (no inline script is needed,
 * which keeps the strict CSP possible).
 */
export type ThemePreference = 'light' | 'dark' | 'system';

export const THEME_STORAGE_KEY = 'nbrc.theme';
const PREFERENCES: readonly ThemePreference[] = ['light', 'dark', 'system'];

export function isThemePreference(value: unknown): value is ThemePreference {
  return typeof value === 'string' && (PREFERENCES as readonly string[]).includes(value);
}

/** readThemePreference: the saved choice, `system` when none (or when storage is blocked). */
export function readThemePreference(storage: Pick<Storage, 'getItem'> | undefined): ThemePreference {
  try {
    const value = storage?.getItem(THEME_STORAGE_KEY);
    return isThemePreference(value) ? value : 'system';
  } catch {
    return 'system';
  }
}

/** resolveTheme: what to paint for a preference, given whether the system prefers dark. */
export function resolveTheme(preference: ThemePreference, systemPrefersDark: boolean): 'light' | 'dark' {
  switch (preference) {
    case 'light':
      return 'light';
    case 'dark':
      return 'dark';
    case 'system':
      return systemPrefersDark ? 'dark' : 'light';
  }
}
