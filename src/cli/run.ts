import { parseCommandLine } from './args';
import { run as runAccess } from './commands/access';
import { runExport } from './commands/export';
import { run as runGenerate } from './commands/generate';
import { run as runHa } from './commands/ha';
import { run as runLint } from './commands/lint';
import { runServe } from './commands/serve';
import { run as runSim } from './commands/sim';
import { run as runTrace } from './commands/trace';
import { run as runTest } from './commands/test';
import type { FileIo } from './file-io';
import { EXIT_OK, EXIT_USAGE, type CliIo } from './io';
import { usageText } from './usage';

/**
 * The analysis commands read files and print results; each parses its own options (they share no
 * flags with serve/export), so they are dispatched by name before the serve/export parser.
 */
const ANALYSIS_COMMANDS: Readonly<Record<string, (args: string[], io: FileIo) => number>> = {
  trace: runTrace,
  access: runAccess,
  ha: runHa,
  lint: runLint,
  generate: runGenerate,
  sim: runSim,
  test: runTest,
};

/** runCli: parses argv and runs the command; resolves with the exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  const analysis = name === undefined ? undefined : ANALYSIS_COMMANDS[name];
  if (analysis) return analysis(args, io);
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
