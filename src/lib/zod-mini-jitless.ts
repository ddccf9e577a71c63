/**
 * zod/mini, as the browser build imports it (vite.config.ts aliases `zod/mini` here), for the
 * same reason as zod-jitless.ts: no `new Function` object parsers under the console's CSP. The
 * wire schemas (src/api/schemas) use zod/mini rather than zod because they load with every page,
 * and mini is tree-shaken to what they use (about 20 kB gzip less on the landing page).
 */
import { config } from 'zod/v4/mini';

config({ jitless: true });

export * from 'zod/v4/mini';
