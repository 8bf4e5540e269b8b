import { existsSync } from 'node:fs';
import { OptionsSchema, type Options } from '../model/options.js';
import type { CliIo } from './io.js';
import { readJsonFile } from './json-file.js';

/** Read from the working directory when --config is not given, as ESLint reads its own config file. */
export const DEFAULT_CONFIG_FILE = 'gainsay.config.json';

/** Unknown top-level keys are typos, not options: the config is checked strictly. */
const ConfigFileSchema = OptionsSchema.strict();

/** The options of a run: --config, else ./gainsay.config.json if present, else the defaults. */
export function loadConfig(path: string | undefined, io: CliIo): Options {
  const defaults = OptionsSchema.parse({});
  const file = path ?? (existsSync(DEFAULT_CONFIG_FILE) ? DEFAULT_CONFIG_FILE : undefined);
  if (file === undefined) return defaults;
  return readJsonFile(file, ConfigFileSchema, io, defaults.limits.maxJsonBytes);
}
