import type { AnalyzeInput } from '../model/input.js';
import type { OptionsInput } from '../model/options.js';
import { GainsayError, type GainsayErrorCode, type GainsayIssue } from '../model/errors.js';
import type { Report } from '../model/report.js';

/** Main thread → worker: analyse one input of a batch. */
export interface TaskMessage {
  index: number;
  input: AnalyzeInput;
  options: OptionsInput | undefined;
}

/** An error as it crosses the thread boundary (structured clone keeps no class). */
export interface SerializedError {
  message: string;
  code?: GainsayErrorCode;
  issues?: GainsayIssue[];
}

/** Worker → main thread: ready after start-up, then one result per task. */
export type WorkerMessage =
  | { type: 'ready' }
  | { type: 'done'; index: number; report: Report }
  | { type: 'failed'; index: number; error: SerializedError };

export function serializeError(error: unknown): SerializedError {
  if (error instanceof GainsayError) return { message: error.message, code: error.code, issues: error.issues };
  return { message: error instanceof Error ? error.message : String(error) };
}

export function deserializeError(error: SerializedError): Error {
  if (error.code && error.issues) return new GainsayError(error.code, error.issues);
  return new Error(error.message);
}

/** The same error, naming the input of the batch it came from: its issues' paths start at ["inputs", index]. */
export function atInput(index: number, error: unknown): Error {
  if (error instanceof GainsayError) {
    return new GainsayError(error.code, error.issues.map((issue) => ({ path: ['inputs', index, ...issue.path], message: issue.message })));
  }
  const message = error instanceof Error ? error.message : String(error);
  return new Error(`inputs.${index}: ${message}`, { cause: error });
}
