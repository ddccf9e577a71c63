import { readFileSync } from 'node:fs';
import type { CliIo } from './io';

/** A CliIo that records output, for running commands in-process in tests. */
export interface RecordingIo extends CliIo {
  out: string;
  err: string;
}

export function recordingIo(overrides: Partial<CliIo> = {}): RecordingIo {
  const io: RecordingIo = {
    out: '',
    err: '',
    stdout: (text) => {
      io.out += text;
    },
    stderr: (text) => {
      io.err += text;
    },
    env: {},
    fetch: globalThis.fetch,
    readFile: (path) => readFileSync(path, 'utf8'),
    waitForStop: () => new Promise<string>(() => undefined),
    ...overrides,
  };
  return io;
}
