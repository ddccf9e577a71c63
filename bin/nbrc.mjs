#!/usr/bin/env node
// nbrc: runs the TypeScript CLI through tsx (a runtime dependency), so a clone needs no build step.
// The tsconfig is given explicitly so the `@/` path alias resolves from any working directory.
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register({ tsconfig: fileURLToPath(new URL('../tsconfig.node.json', import.meta.url)) });
await import(new URL('../src/cli/main.ts', import.meta.url).href);
