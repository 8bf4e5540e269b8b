import { parseArgs } from 'node:util';
import { INPUT_FORMATS, type InputFormat } from '../ingest/markup.js';
import { BANDS, type Band } from '../model/conflict.js';
import { UsageError } from './io.js';

export const OUTPUT_FORMATS = ['text', 'json', 'md', 'html'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];
export const FAIL_ON_LEVELS = [...BANDS, 'none'] as const;
export type FailOn = Band | 'none';

/** The gate fails on a new conflict at or above this band unless --fail-on says otherwise. */
export const DEFAULT_FAIL_ON: FailOn = 'high';
/** Conflicts below this band are not displayed unless --min-band says otherwise (the gate still judges them). */
export const DEFAULT_MIN_BAND: Band = 'medium';

/** Flags every command takes. */
export const COMMON_FLAGS = {
  format: { type: 'string' },
  json: { type: 'boolean' },
  out: { type: 'string' },
  'fail-on': { type: 'string' },
  'min-band': { type: 'string' },
  config: { type: 'string' },
  baseline: { type: 'string' },
  'write-baseline': { type: 'string' },
  sources: { type: 'string' },
  'input-format': { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  'no-color': { type: 'boolean' },
  debug: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Flags only `gainsay draft` takes: each --against is followed by one or more source files. */
export const DRAFT_FLAGS = { ...COMMON_FLAGS, against: { type: 'string', multiple: true } } as const;

export interface CommonArgs {
  format: OutputFormat;
  out?: string;
  failOn: FailOn;
  minBand: Band;
  config?: string;
  baseline?: string;
  writeBaseline?: string;
  sources?: string;
  inputFormat?: InputFormat;
  quiet: boolean;
  color: boolean;
  debug: boolean;
  help: boolean;
}

type Token = NonNullable<ReturnType<typeof parseArgs>['tokens']>[number];

export interface ParsedCommand {
  common: CommonArgs;
  /** Positional arguments in order (the draft command's are split into draft and --against files). */
  files: string[];
  /** `gainsay draft`: the source files, in the order given. */
  against: string[];
}

/** Parses a command's arguments strictly; a bad flag or value is a UsageError naming it. */
export function parseCommand(args: string[], options: { draft?: boolean; isTty: boolean }): ParsedCommand {
  const parsed = parseStrict(args, options.draft ? DRAFT_FLAGS : COMMON_FLAGS);
  const common = commonArgs(parsed.values, options.isTty);
  if (!options.draft) return { common, files: parsed.positionals, against: [] };
  const { files, against } = splitAgainst(parsed.tokens);
  return { common, files, against };
}

interface RawArgs {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
  tokens: Token[];
}

function parseStrict(args: string[], flags: typeof COMMON_FLAGS | typeof DRAFT_FLAGS): RawArgs {
  try {
    return parseArgs({ args, options: flags, allowPositionals: true, strict: true, tokens: true }) as RawArgs;
  } catch (error) {
    throw new UsageError(parseArgsMessage(error));
  }
}

/** node:util's messages are long and multi-line: one line naming the flag instead. */
export function parseArgsMessage(error: unknown): string {
  const e = error as { code?: string; message?: string };
  const message = (e.message ?? String(error)).split('\n')[0]!;
  const flag = /'(-[^' ]*)/.exec(message)?.[1] ?? '';
  if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option ${flag} (see gainsay --help)`;
  if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return /argument missing/.test(message) ? `option ${flag} needs a value` : `option ${flag} takes no value`;
  }
  if (e.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return `unexpected argument: ${message}`;
  return message;
}

function commonArgs(values: Record<string, string | boolean | string[] | undefined>, isTty: boolean): CommonArgs {
  const str = (name: string) => (typeof values[name] === 'string' ? (values[name] as string) : undefined);
  const format = oneOf('--format', str('format'), OUTPUT_FORMATS);
  if (values.json === true && format !== undefined && format !== 'json') throw new UsageError(`--json conflicts with --format ${format}`);
  const common: CommonArgs = {
    format: values.json === true ? 'json' : (format ?? 'text'),
    failOn: oneOf('--fail-on', str('fail-on'), FAIL_ON_LEVELS) ?? DEFAULT_FAIL_ON,
    minBand: oneOf('--min-band', str('min-band'), BANDS) ?? DEFAULT_MIN_BAND,
    quiet: values.quiet === true,
    color: isTty && values['no-color'] !== true && str('out') === undefined,
    debug: values.debug === true,
    help: values.help === true,
  };
  const inputFormat = oneOf('--input-format', str('input-format'), INPUT_FORMATS);
  if (inputFormat) common.inputFormat = inputFormat;
  for (const [flag, key] of [['out', 'out'], ['config', 'config'], ['baseline', 'baseline'], ['write-baseline', 'writeBaseline'], ['sources', 'sources']] as const) {
    const value = str(flag);
    if (value === '') throw new UsageError(`option --${flag} needs a file name`);
    if (value !== undefined) common[key] = value;
  }
  return common;
}

function oneOf<T extends string>(flag: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${flag} must be one of ${allowed.join(', ')}, not "${value}"`);
}


/** In `draft DRAFT --against A B --against C`, the files after an --against are sources, in order. */
function splitAgainst(tokens: readonly Token[]): { files: string[]; against: string[] } {
  const files: string[] = [];
  const against: string[] = [];
  let afterAgainst = false;
  for (const token of tokens) {
    if (token.kind === 'option') {
      afterAgainst = token.name === 'against';
      if (afterAgainst && token.value !== undefined) against.push(token.value);
    } else if (token.kind === 'positional') {
      (afterAgainst ? against : files).push(token.value);
    } else afterAgainst = false;
  }
  return { files, against };
}
