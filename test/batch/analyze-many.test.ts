import * as threads from 'node:worker_threads';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyze } from '../../src/api/analyze.js';
import { analyzeMany } from '../../src/batch/analyze-many.js';
import { GainsayError } from '../../src/model/errors.js';
import type { Report } from '../../src/model/report.js';
import { BATCH_INPUTS } from './inputs.js';

/** Threads started from the sources load TypeScript through tsx, which takes seconds. */
const SOURCE_WORKER_TIMEOUT = 60_000;

const withoutTimings = (report: Report): Omit<Report, 'timings'> => {
  const { timings: _timings, ...rest } = report;
  return rest;
};
const expected = BATCH_INPUTS.map((input) => withoutTimings(analyze(input)));

afterEach(() => vi.restoreAllMocks());

describe('analyzeMany on worker threads (from the sources)', () => {
  it(
    'returns what analyze returns for each input, in input order, and ends its threads',
    async () => {
      const terminate = vi.spyOn(threads.Worker.prototype, 'terminate');
      const reports = await analyzeMany(BATCH_INPUTS, { workers: 2 });
      expect(reports.map(withoutTimings)).toEqual(expected);
      expect(reports.map((r) => r.documents.map((d) => d.id))).toEqual([['article'], ['north', 'south'], ['article'], ['solo']]);
      expect(reports[1]!.conflicts.map((c) => c.kind)).toEqual(expected[1]!.conflicts.map((c) => c.kind));
      expect(terminate).toHaveBeenCalledTimes(2);
    },
    SOURCE_WORKER_TIMEOUT,
  );

  it(
    'names the failing input: issues paths start at ["inputs", index]',
    async () => {
      const bad = [...BATCH_INPUTS.slice(0, 2), { documents: [{ id: '', text: 'The bridge reopened.' }] }];
      const failure = await analyzeMany(bad, { workers: 2 }).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(GainsayError);
      expect((failure as GainsayError).code).toBe('invalid-input');
      expect((failure as GainsayError).issues.map((i) => i.path)).toEqual([['inputs', 2, 'documents', 0, 'id']]);
      expect((failure as GainsayError).message.startsWith('inputs.2.documents.0.id: ')).toBe(true);
    },
    SOURCE_WORKER_TIMEOUT,
  );
});

describe('analyzeMany inline', () => {
  it('workers: 0 runs on the calling thread and gives the same reports', async () => {
    const spawn = vi.spyOn(threads.Worker.prototype, 'postMessage');
    const reports = await analyzeMany(BATCH_INPUTS, { workers: 0 });
    expect(reports.map(withoutTimings)).toEqual(expected);
    expect(spawn).not.toHaveBeenCalled();
  });

  it('a single input runs inline whatever the worker count', async () => {
    const spawn = vi.spyOn(threads.Worker.prototype, 'postMessage');
    const reports = await analyzeMany([BATCH_INPUTS[3]!], { workers: 4 });
    expect(reports.map(withoutTimings)).toEqual([expected[3]]);
    expect(spawn).not.toHaveBeenCalled();
  });

  it('no inputs give no reports', async () => {
    await expect(analyzeMany([], { workers: 2 })).resolves.toEqual([]);
  });

  it('an inline failure names its input too', async () => {
    const failure = await analyzeMany([BATCH_INPUTS[0]!, { claims: [] }, { documents: 'none' } as never], { workers: 0 }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(GainsayError);
    expect((failure as GainsayError).issues.every((i) => i.path[0] === 'inputs' && i.path[1] === 2)).toBe(true);
  });

  it.each([[-1], [1.5], [Number.NaN]])('rejects workers: %s as invalid options', async (workers) => {
    const failure = await analyzeMany(BATCH_INPUTS, { workers }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(GainsayError);
    expect((failure as GainsayError).code).toBe('invalid-options');
    expect((failure as GainsayError).issues).toEqual([{ path: ['options', 'workers'], message: 'expected a whole number of worker threads, 0 or more' }]);
  });

  it('rejects invalid analyze options before starting any thread', async () => {
    const spawn = vi.spyOn(threads.Worker.prototype, 'postMessage');
    const failure = await analyzeMany(BATCH_INPUTS, { workers: 2, minMatch: 2 }).catch((e: unknown) => e);
    expect((failure as GainsayError).code).toBe('invalid-options');
    expect((failure as GainsayError).issues.map((i) => i.path)).toEqual([['options', 'minMatch']]);
    expect(spawn).not.toHaveBeenCalled();
  });
});
