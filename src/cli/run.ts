import { parseCommandLine } from './args';
import { runExport } from './commands/export';
import { runServe } from './commands/serve';
import { EXIT_OK, EXIT_USAGE, type CliIo } from './io';
import { usageText } from './usage';

/** runCli: parses argv and runs the command; resolves with the exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCommandLine(argv, io.env);
  if (!parsed.ok) {
    io.stderr(`nbrc: ${parsed.error}\n\n${usageText(parsed.command)}`);
    return EXIT_USAGE;
  }
  const { command } = parsed;
  switch (command.kind) {
    case 'help':
      io.stdout(usageText(command.command));
      return EXIT_OK;
    case 'serve':
      return runServe(command, io);
    case 'export':
      return runExport(command, io);
  }
}
