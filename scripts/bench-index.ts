import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { ConflictIndex } from '../src/index.js';
import { asDocuments, type BenchData } from './bench-data.js';

/** A full collection, so a heap reading counts live objects only. */
function collect(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

/** Heap bytes per claim of a ConflictIndex holding every body, added one by one as a live feed would. */
export async function measureBytesPerClaim(data: BenchData): Promise<{ bytesPerClaim: number | null; note?: string }> {
  collect();
  const before = process.memoryUsage().heapUsed;
  const index = new ConflictIndex();
  for (const body of data.bodies) index.add(asDocuments([body]).documents[0]!);
  collect();
  const delta = process.memoryUsage().heapUsed - before;
  const claims = index.allClaims().length;
  if (claims === 0) return { bytesPerClaim: null, note: 'the index holds no claims' };
  return { bytesPerClaim: Math.round(delta / claims) };
}
