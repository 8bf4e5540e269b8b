import { GainsayError } from '../model/errors.js';
import { VERSION } from '../report/provenance.js';
import { runArticle } from './article.js';
import { runCheck } from './check.js';
import { runDraft } from './draft.js';
import { runEval } from './eval.js';
import { EXIT } from './gate.js';
import { HELP } from './help.js';
import { UsageError, type CliIo } from './io.js';

const COMMANDS: Record<string, (args: string[], io: CliIo) => number> = { check: runCheck, article: runArticle, draft: runDraft };

/** Runs one command line; returns the exit code (0 ok, 1 conflicts at the gate, 2 bad usage or input). */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined) throw new UsageError('missing command (see gainsay --help)');
    if (command === '--help' || command === '-h' || command === 'help') {
      io.stdout(HELP);
      return EXIT.ok;
    }
    if (command === '--version' || command === '-v') {
      io.stdout(`${VERSION}\n`);
      return EXIT.ok;
    }
    if (command === 'eval') return await runEval(rest, { stdout: io.stdout, stderr: io.stderr, readFile: io.readFile, writeFile: io.writeFile });
    const run = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
    if (!run) throw new UsageError(command.startsWith('-') ? `unknown option ${command} (see gainsay --help)` : `unknown command "${command}" (see gainsay --help)`);
    return run(rest, io);
  } catch (error) {
    return fail(error, io, argv.includes('--debug'));
  }
}

/** One line naming the problem; the stack only with --debug. */
function fail(error: unknown, io: CliIo, debug: boolean): number {
  const e = error instanceof Error ? error : new Error(String(error));
  const expected = error instanceof UsageError || error instanceof GainsayError;
  io.stderr(`gainsay: ${expected ? '' : 'unexpected error: '}${e.message.split('\n')[0]}\n`);
  if (debug && e.stack) io.stderr(`${e.stack}\n`);
  return EXIT.usage;
}
