/**
 * CliIo: what a command may do to the outside world. main.ts binds it to the process; tests bind
 * it to buffers, so every command runs in-process in a test.
 */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  env: Readonly<Record<string, string | undefined>>;
  fetch: typeof fetch;
  readFile(path: string): string;
  /** Resolves when the process is asked to stop (SIGINT, SIGTERM), with the signal's name. */
  waitForStop(): Promise<string>;
}

/** Exit codes of ARCHITECTURE.md: 0 success, 2 bad usage or unreadable input. */
export const EXIT_OK = 0;
export const EXIT_USAGE = 2;

/** Removes a secret from text meant for a terminal or a log: a token is never printed. */
export function redact(text: string, secret: string | undefined): string {
  return secret ? text.split(secret).join('***') : text;
}
