import { analyze } from '../api/analyze.js';
import { resolveOptions } from '../api/options.js';
import { GainsayError } from '../model/errors.js';
import type { AnalyzeInput } from '../model/input.js';
import type { OptionsInput } from '../model/options.js';
import type { Report } from '../model/report.js';
import { atInput } from './messages.js';
import { openAnalyzePool } from './pool.js';

export interface AnalyzeManyOptions extends OptionsInput {
  /**
   * Worker threads to use; default: one per available CPU, at most one per input. `0` (or a single input)
   * analyses inline on the calling thread.
   */
  workers?: number;
}

/**
 * Analyses many inputs, each as `analyze(input, options)` would, on worker threads: the reports are the same
 * (apart from `timings`) and in input order. Rejects with the first failing input's error, its issues' paths
 * starting at ["inputs", index]. The threads are started for this call and ended before it settles.
 */
export async function analyzeMany(inputs: readonly AnalyzeInput[], options: AnalyzeManyOptions = {}): Promise<Report[]> {
  const { workers, ...rest } = options;
  resolveOptions(rest);
  if (workers !== undefined && (!Number.isInteger(workers) || workers < 0)) {
    throw new GainsayError('invalid-options', [{ path: ['options', 'workers'], message: 'expected a whole number of worker threads, 0 or more' }]);
  }
  const threads = Math.min(workers ?? (await defaultWorkers()), inputs.length);
  if (threads === 0 || inputs.length === 1) return analyzeInline(inputs, rest);
  const pool = await openAnalyzePool(threads);
  try {
    return await pool.run(inputs, rest);
  } finally {
    await pool.close();
  }
}

function analyzeInline(inputs: readonly AnalyzeInput[], options: OptionsInput): Report[] {
  return inputs.map((input, index) => {
    try {
      return analyze(input, options);
    } catch (error) {
      throw atInput(index, error);
    }
  });
}

async function defaultWorkers(): Promise<number> {
  const os = await import('node:os');
  return os.availableParallelism();
}
