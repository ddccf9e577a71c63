/**
 * zod, as the browser build imports it (vite.config.ts aliases `zod` here). zod compiles fast
 * object parsers with `new Function` and decides so when each schema is defined, so the switch
 * must be thrown before any schema module runs: an ES module's imports run before it, and every
 * module that imports `zod` imports this one. The console's CSP forbids eval, and even zod's
 * guarded probe would be reported as a violation. Node (CLI, tests) keeps the fast path.
 */
import { config } from 'zod/v4';

config({ jitless: true });

export * from 'zod/v4';
