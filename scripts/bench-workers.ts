import { openAnalyzePool } from '../src/batch/pool.js';
import { asDocuments, type BenchData } from './bench-data.js';
import { round2, wordsPerSecond } from './bench-measures.js';

/** Groups per thread analysed before timing starts. */
const WARM_UP_GROUPS = 20;

export interface WorkerThroughput {
  one: number;
  two: number;
  speedup: number;
}

/** Words/s of the grouped corpus on a pool of `size` threads, start-up excluded (the pool is open first). */
async function poolThroughput(data: BenchData, size: number): Promise<number> {
  const pool = await openAnalyzePool(size);
  try {
    const inputs = data.groups.map(asDocuments);
    // Each thread compiles compromise's tagger on first use: warm every thread before timing.
    await pool.run(inputs.slice(0, WARM_UP_GROUPS * size));
    const started = performance.now();
    await pool.run(inputs);
    return wordsPerSecond(data.words, performance.now() - started);
  } finally {
    await pool.close();
  }
}

export async function measureWorkers(data: BenchData): Promise<WorkerThroughput> {
  const one = await poolThroughput(data, 1);
  const two = await poolThroughput(data, 2);
  return { one, two, speedup: round2(two / one) };
}
