import { VERSION } from '../report/provenance.js';
import { GainsayError } from '../model/errors.js';
import { runCheck } from './check.js';
import { runEval } from './eval.js';
import { defaultIo, UsageError, type CliIo } from './io.js';

const HELP = `gainsay ${VERSION}: find where news sources contradict each other

Usage:
  gainsay check FILE... [-] [--json]     each file (or stdin) is one report
  gainsay eval cases FILE [--threshold SCORE] [--json]
  gainsay eval fnc1 DIR [--json] [--predictions OUT.csv]

Examples:
  gainsay check examples/data/seed-article.txt
  gainsay check wire-a.txt wire-b.txt --json > report.json
`;

/** Runs one command line; returns the exit code (0 ok, 1 conflicts at the gate, 2 bad usage or input). */
export async function main(argv: string[], io: CliIo = defaultIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      io.stdout(HELP);
      return command === undefined ? 2 : 0;
    }
    if (command === '--version' || command === '-v') {
      io.stdout(`${VERSION}\n`);
      return 0;
    }
    if (command === 'check') return runCheck(rest, io);
    if (command === 'eval') return await runEval(rest, { stdout: io.stdout, stderr: io.stderr, readFile: io.readFile });
    throw new UsageError(`unknown command "${command}" (try gainsay --help)`);
  } catch (error) {
    return fail(error, io, argv.includes('--debug'));
  }
}

function fail(error: unknown, io: CliIo, debug: boolean): number {
  const e = error as Error & { code?: string };
  if (error instanceof UsageError || error instanceof GainsayError || e.code?.startsWith('ERR_PARSE_ARGS')) {
    io.stderr(`gainsay: ${e.message.split('\n')[0]}\n`);
  } else {
    io.stderr(`gainsay: unexpected error: ${e.message ?? String(error)}\n`);
  }
  if (debug && e.stack) io.stderr(`${e.stack}\n`);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`gainsay: unexpected error: ${String(error)}\n`);
    process.exitCode = 2;
  },
);
