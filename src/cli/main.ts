import { readFileSync } from 'node:fs';
import type { CliIo } from './io';
import { runCli } from './run';

/** The `nbrc` process: binds the CLI to stdin/stdout, the environment, fetch and signals. */
const io: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  fetch: globalThis.fetch,
  readFile: (path) => readFileSync(path, 'utf8'),
  waitForStop: () =>
    new Promise((resolve) => {
      process.once('SIGINT', () => resolve('SIGINT'));
      process.once('SIGTERM', () => resolve('SIGTERM'));
    }),
};

process.exitCode = await runCli(process.argv.slice(2), io);
