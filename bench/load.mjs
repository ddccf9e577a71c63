#!/usr/bin/env node
// npm run load: runs bench/load.ts through tsx with the node tsconfig (as bench/bench.mjs does).
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register({ tsconfig: fileURLToPath(new URL('../tsconfig.node.json', import.meta.url)) });
await import(new URL('./load.ts', import.meta.url).href);
