import { createApiClient } from '@/api/client';
import { exportSnapshot } from '@/api/export-snapshot';
import { EXIT_OK, EXIT_USAGE, redact, type CliIo } from '../io';

/** `nbrc export`: the account snapshot of any management API, as JSON on stdout. */
export async function runExport(cmd: { apiUrl: string; token?: string }, io: CliIo): Promise<number> {
  const client = createApiClient({ baseUrl: cmd.apiUrl, token: cmd.token, fetch: io.fetch });
  try {
    const snapshot = await exportSnapshot(client);
    io.stdout(`${JSON.stringify(snapshot, null, 2)}\n`);
    return EXIT_OK;
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    io.stderr(`nbrc export: ${redact(message, cmd.token)}\n`);
    return EXIT_USAGE;
  }
}
