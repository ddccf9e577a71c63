import { test as base, expect } from '@playwright/test';
import { pointConsoleAt } from './console-target';
import { startServedApi, type ServedApi } from './served-api';

/**
 * The console under test talks either to its embedded control plane (the default, in-browser) or
 * to a real HTTP management API (`nbrc serve --token`, one per test), chosen by the `target`
 * option. The "served-api" project reruns the editor specs with target "served", so every editor
 * flow is proven against the real-server path too. Settings are injected the way the console
 * stores them (URL in localStorage, token in sessionStorage) before the app loads.
 */
export type Target = 'embedded' | 'served';

export const test = base.extend<{ target: Target; served: ServedApi | null }>({
  target: ['embedded', { option: true }],
  served: async ({ target }, use) => {
    if (target !== 'served') {
      await use(null);
      return;
    }
    const served = await startServedApi({ seed: 'demo' });
    await use(served);
    await served.stop();
  },
  page: async ({ page, served }, use) => {
    if (served) await pointConsoleAt(page, served);
    await use(page);
  },
});

export { expect };
