import type { z } from 'zod';
import { GainsayError } from '../model/errors.js';
import { parseJsonSafely } from '../index-store/parse-json.js';
import { UsageError, type CliIo } from './io.js';

/**
 * Reads a JSON file the CLI is given (sources, config, baseline): size-limited, parsed so `__proto__` and
 * `constructor` keys are dropped, and validated by `schema`; every failure is one line naming the file.
 */
export function readJsonFile<S extends z.ZodType>(path: string, schema: S, io: CliIo, maxBytes: number): z.infer<S> {
  const text = io.readFile(path, maxBytes);
  let value: unknown;
  try {
    value = parseJsonSafely(text, maxBytes);
  } catch (error) {
    if (error instanceof GainsayError) throw new UsageError(`${path}: ${error.issues[0]?.message ?? error.message}`);
    throw error;
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.length ? issue.path.map(String).join('.') : '(top level)';
    throw new UsageError(`${path}: ${where}: ${issue.message}`);
  }
  return parsed.data;
}
