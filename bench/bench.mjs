#!/usr/bin/env node
// npm run bench: runs bench/run.ts through tsx with the node tsconfig, so the `@/` alias resolves
// the same way it does for the nbrc command (bin/nbrc.mjs).
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register({ tsconfig: fileURLToPath(new URL('../tsconfig.node.json', import.meta.url)) });
await import(new URL('./run.ts', import.meta.url).href);
