import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { pathToFileURL } from 'node:url';
import { ConflictIndex } from '../src/index.js';
import { asDocuments, loadBenchData, type BenchData } from './bench-data.js';

/** A full collection, so a heap reading counts live objects only. */
function collect(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

/** Adds compared at each end of the feed: enough for a stable median, few enough to sit at one size. */
const ADD_SAMPLE = 50;

export interface IndexMeasure {
  bytesPerClaim: number | null;
  note?: string;
  /** Median ms of one add() over the first and the last ADD_SAMPLE bodies, and the whole feed's total. */
  addMs: { first: number; last: number; total: number; bodies: number; claims: number };
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? 0 : Math.round(s[Math.floor(s.length / 2)]! * 100) / 100;
};

/**
 * Heap bytes per claim of a ConflictIndex holding every body, added one by one as a live feed would, and the time
 * of each add(): with incremental adds the last adds cost about what the first do, not the size of the index.
 */
export async function measureBytesPerClaim(data: BenchData, limit = data.bodies.length): Promise<IndexMeasure> {
  collect();
  const before = process.memoryUsage().heapUsed;
  const index = new ConflictIndex();
  const times: number[] = [];
  for (const body of data.bodies.slice(0, limit)) {
    const started = performance.now();
    index.add(asDocuments([body]).documents[0]!);
    times.push(performance.now() - started);
  }
  collect();
  const delta = process.memoryUsage().heapUsed - before;
  const claims = index.allClaims().length;
  const addMs = { first: median(times.slice(0, ADD_SAMPLE)), last: median(times.slice(-ADD_SAMPLE)), total: Math.round(times.reduce((s, t) => s + t, 0)), bodies: times.length, claims };
  if (claims === 0) return { bytesPerClaim: null, note: 'the index holds no claims', addMs };
  return { bytesPerClaim: Math.round(delta / claims), addMs };
}

// `npx tsx scripts/bench-index.ts [bodies]`: the index step alone, one line of JSON.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const data = loadBenchData();
  const limit = process.argv[2] ? Number(process.argv[2]) : data.bodies.length;
  console.log(JSON.stringify(await measureBytesPerClaim(data, limit)));
}
