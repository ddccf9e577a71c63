import type { BrowserContext, Page } from '@playwright/test';

/**
 * pointConsoleAt: makes the console talk to a served management API (`nbrc serve --token`), the
 * way Settings stores that choice (URL in localStorage, token in sessionStorage), before any of the
 * app's code runs. On a page it holds for that page; on a context, for every page opened in it.
 */
export async function pointConsoleAt(target: Page | BrowserContext, api: { url: string; token: string }): Promise<void> {
  await target.addInitScript(
    ([url, token]) => {
      localStorage.setItem('nbrc.target', JSON.stringify({ kind: 'remote', url, remember: false }));
      sessionStorage.setItem('nbrc.token', token);
    },
    [api.url, api.token] as const,
  );
}
