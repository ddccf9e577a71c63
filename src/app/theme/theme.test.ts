import { describe, expect, it } from 'vitest';
import { readThemePreference, resolveTheme, THEME_STORAGE_KEY } from './theme';

const storage = (value: string | null) => ({ getItem: (k: string) => (k === THEME_STORAGE_KEY ? value : null) });

describe('readThemePreference', () => {
  it('returns the saved preference', () => {
    expect(readThemePreference(storage('dark'))).toBe('dark');
    expect(readThemePreference(storage('light'))).toBe('light');
  });
  it('falls back to system for missing, unknown or unreadable values', () => {
    expect(readThemePreference(storage(null))).toBe('system');
    expect(readThemePreference(storage('purple'))).toBe('system');
    expect(readThemePreference(undefined)).toBe('system');
    expect(
      readThemePreference({
        getItem: () => {
          throw new Error('blocked');
        },
      }),
    ).toBe('system');
  });
});

describe('resolveTheme', () => {
  it('follows the system only for the system preference', () => {
    expect(resolveTheme('system', true)).toBe('dark');
    expect(resolveTheme('system', false)).toBe('light');
    expect(resolveTheme('light', true)).toBe('light');
    expect(resolveTheme('dark', false)).toBe('dark');
  });
});
