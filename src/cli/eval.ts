import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { evaluateCases } from '../eval/evaluate-cases.js';
import { evaluatePairs } from '../eval/evaluate-pairs.js';
import { evaluateStance } from '../eval/evaluate-stance.js';
import { readFnc1 } from '../eval/fnc1-read.js';
import { LIBRARY_PIPELINE, type EvalPipeline } from '../eval/pipeline.js';
import { formatPredictionsCsv } from '../eval/predictions-csv.js';
import { StanceDecisionSchema, type StanceDecision, type StanceModel } from '../eval/stance-model.js';
import { loadCaseFile } from '../eval/case-file.js';
import { parsePairsJsonl } from '../eval/pairs-file.js';
import { GainsayError } from '../model/errors.js';
import { formatCaseTable, formatStanceTable } from './eval-format.js';
import { formatPairTable } from './pairs-format.js';

/** Where the command reads and writes. Each string passed to stdout/stderr already ends in a newline. */
export interface EvalIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readFile: (path: string) => string;
  writeFile?: (path: string, content: string) => void;
}

export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;
const USAGE = 'usage: gainsay eval cases FILE [--threshold SCORE] [--json] | gainsay eval pairs FILE.jsonl [--threshold SCORE] [--json] | gainsay eval fnc1 DIR [--json] [--predictions OUT.csv] [--decision fnc-score|most-likely|balanced]';
/** A progress line on stderr every this many FNC-1 pairs. */
const PROGRESS_EVERY = 1000;
/** A progress line on stderr every this many labelled sentence pairs. */
const PAIR_PROGRESS_EVERY = 100;

/** A usage problem already worded as the one line to print. */
class UsageError extends Error {}

function messageOf(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
}

/** node:util parseArgs errors, reworded to name the offending flag in one line. */
function parseArgsMessage(error: unknown): string | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !code.startsWith('ERR_PARSE_ARGS')) return null;
  const flag = /'([^']+)'/.exec(messageOf(error))?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option ${flag ?? ''}`.trim();
  return messageOf(error);
}

function onePositional(positionals: string[], what: string): string {
  if (positionals.length !== 1) throw new UsageError(`expected one ${what}, got ${positionals.length}; ${USAGE}`);
  return positionals[0]!;
}

function parseThreshold(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(value) || value < 0 || value > 1) throw new UsageError(`--threshold: expected a score in [0, 1], got "${raw}"`);
  return value;
}

function readText(path: string, io: EvalIo): string {
  try {
    return io.readFile(path);
  } catch (error) {
    const message = messageOf(error);
    throw new UsageError(message.includes(path) ? message : `${path}: cannot read: ${message}`);
  }
}

function readJson(path: string, io: EvalIo): unknown {
  const text = readText(path, io);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${path}: not valid JSON: ${messageOf(error)}`);
  }
}

function runCases(args: string[], io: EvalIo, pipeline?: EvalPipeline): number {
  const { values, positionals } = parseArgs({
    args,
    options: { threshold: { type: 'string' }, json: { type: 'boolean', default: false } },
    allowPositionals: true,
    strict: true,
  });
  const path = onePositional(positionals, 'case FILE');
  const threshold = parseThreshold(values.threshold);
  const json = readJson(path, io);
  let caseFile;
  try {
    caseFile = loadCaseFile(json);
  } catch (error) {
    if (error instanceof GainsayError) throw new UsageError(`${path}: ${messageOf(error)}`);
    throw error;
  }
  const { analyze } = pipeline ?? LIBRARY_PIPELINE;
  io.stderr(`evaluating ${caseFile.cases.length} cases from ${path}\n`);
  const evaluation = evaluateCases(caseFile, { analyze, ...(threshold === undefined ? {} : { threshold }) });
  io.stdout(values.json ? `${JSON.stringify(evaluation)}\n` : formatCaseTable(evaluation));
  return EXIT.ok;
}

function runPairs(args: string[], io: EvalIo, pipeline?: EvalPipeline): number {
  const { values, positionals } = parseArgs({
    args,
    options: { threshold: { type: 'string' }, json: { type: 'boolean', default: false } },
    allowPositionals: true,
    strict: true,
  });
  const path = onePositional(positionals, 'pairs FILE.jsonl');
  const threshold = parseThreshold(values.threshold);
  let pairs;
  try {
    pairs = parsePairsJsonl(readText(path, io), path);
  } catch (error) {
    if (error instanceof GainsayError) throw new UsageError(messageOf(error));
    throw error;
  }
  const { analyze } = pipeline ?? LIBRARY_PIPELINE;
  io.stderr(`evaluating ${pairs.length} pairs from ${path}\n`);
  const onProgress = (done: number, total: number) => {
    if (done % PAIR_PROGRESS_EVERY === 0 || done === total) io.stderr(`  ${done}/${total} pairs\n`);
  };
  const evaluation = evaluatePairs(pairs, { analyze, onProgress, ...(threshold === undefined ? {} : { threshold }) });
  io.stdout(values.json ? `${JSON.stringify(evaluation)}\n` : formatPairTable(evaluation));
  return EXIT.ok;
}

function parseDecision(value: string | undefined): StanceDecision | undefined {
  if (value === undefined) return undefined;
  const parsed = StanceDecisionSchema.safeParse(value);
  if (!parsed.success) throw new UsageError(`--decision: expected one of ${StanceDecisionSchema.options.join(', ')}, got "${value}"`);
  return parsed.data;
}

function runFnc1(args: string[], io: EvalIo, pipeline?: EvalPipeline, model?: StanceModel): number {
  const { values, positionals } = parseArgs({
    args,
    options: { json: { type: 'boolean', default: false }, predictions: { type: 'string' }, decision: { type: 'string' } },
    allowPositionals: true,
    strict: true,
  });
  const dir = onePositional(positionals, 'FNC-1 DIR');
  const decision = parseDecision(values.decision);
  let pairs;
  try {
    pairs = readFnc1(dir);
  } catch (error) {
    if (error instanceof GainsayError) throw new UsageError(messageOf(error));
    throw error;
  }
  const resolved = pipeline ?? LIBRARY_PIPELINE;
  io.stderr(`evaluating ${pairs.length} FNC-1 pairs from ${dir}\n`);
  const onProgress = (done: number, total: number) => {
    if (done % PROGRESS_EVERY === 0 || done === total) io.stderr(`  ${done}/${total} pairs\n`);
  };
  const { predictions, ...run } = evaluateStance(pairs, { pipeline: resolved, onProgress, ...(decision === undefined ? {} : { decision }), ...(model === undefined ? {} : { model }) });
  if (values.predictions !== undefined) {
    const write = io.writeFile ?? ((path: string, content: string) => writeFileSync(path, content, 'utf8'));
    try {
      write(values.predictions, formatPredictionsCsv(pairs, predictions));
    } catch (error) {
      throw new UsageError(`${values.predictions}: cannot write: ${messageOf(error)}`);
    }
  }
  io.stdout(values.json ? `${JSON.stringify(run)}\n` : formatStanceTable(run));
  return EXIT.ok;
}

/**
 * `gainsay eval cases FILE [--threshold SCORE] [--json]`, `gainsay eval pairs FILE.jsonl [--threshold SCORE]
 * [--json]` and `gainsay eval fnc1 DIR [--json]
 * [--predictions OUT.csv] [--decision RULE]`; `args` are the words after `eval`. Returns the exit code: 2 for a
 * usage or input problem, reported in one line on stderr. `pipeline` and `model` (for tests) default to gainsay's own.
 */
export async function runEval(args: string[], io: EvalIo, pipeline?: EvalPipeline, model?: StanceModel): Promise<number> {
  const [command, ...rest] = args;
  try {
    if (command === 'cases') return runCases(rest, io, pipeline);
    if (command === 'pairs') return runPairs(rest, io, pipeline);
    if (command === 'fnc1') return runFnc1(rest, io, pipeline, model);
    throw new UsageError(command === undefined ? USAGE : `unknown eval command "${command}"; ${USAGE}`);
  } catch (error) {
    const usage = error instanceof UsageError ? error.message : parseArgsMessage(error);
    if (usage !== null) {
      io.stderr(`gainsay eval: ${usage}\n`);
      return EXIT.usage;
    }
    io.stderr(`gainsay eval: ${messageOf(error)}\n`);
    return EXIT.failed;
  }
}
