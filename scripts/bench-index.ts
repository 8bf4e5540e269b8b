import { existsSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { asDocuments, type BenchData } from './bench-data.js';

const INDEX_STORE = new URL('../src/index-store/index.ts', import.meta.url);

interface IndexLike {
  add(input: unknown): unknown;
  readonly size?: number;
}

/** A full collection, so a heap reading counts live objects only. */
function collect(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

/**
 * Heap bytes per claim of a ConflictIndex holding every body; null (with the reason) until src/index-store
 * exports a ConflictIndex with an `add` method.
 */
export async function measureBytesPerClaim(data: BenchData): Promise<{ bytesPerClaim: number | null; note?: string }> {
  if (!existsSync(INDEX_STORE)) return { bytesPerClaim: null, note: 'no src/index-store yet' };
  const store = (await import(INDEX_STORE.href)) as { ConflictIndex?: new () => IndexLike };
  if (!store.ConflictIndex) return { bytesPerClaim: null, note: 'src/index-store exports no ConflictIndex' };
  const index = new store.ConflictIndex();
  if (typeof index.add !== 'function') return { bytesPerClaim: null, note: 'ConflictIndex has no add method' };
  collect();
  const before = process.memoryUsage().heapUsed;
  let claims = 0;
  for (const body of data.bodies) {
    const added = index.add(asDocuments([body]).documents[0]) as { claims?: unknown[] } | number | undefined;
    claims += typeof added === 'number' ? added : (added?.claims?.length ?? 0);
  }
  collect();
  const delta = process.memoryUsage().heapUsed - before;
  if (claims === 0) return { bytesPerClaim: null, note: 'ConflictIndex.add reports no claim count' };
  return { bytesPerClaim: Math.round(delta / claims) };
}
