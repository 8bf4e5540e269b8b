import { z } from 'zod';
import type { Conflict } from '../model/conflict.js';
import type { CliIo } from './io.js';
import { readJsonFile } from './json-file.js';

/** A fingerprint is 16 hex digits (FNV-1a 64), with a "-n" suffix only on ids, never on fingerprints. */
const FINGERPRINT = /^[0-9a-f]{16}$/;

/** Conflicts already reviewed: reported as known, never failing the gate. */
export const BaselineSchema = z
  .object({
    gainsay: z.literal('baseline'),
    version: z.literal(1),
    fingerprints: z.array(z.string().regex(FINGERPRINT, 'expected a 16-digit hex fingerprint')),
  })
  .strict();
export type Baseline = z.infer<typeof BaselineSchema>;

export function loadBaseline(path: string | undefined, io: CliIo, maxBytes: number): Set<string> {
  if (path === undefined) return new Set();
  return new Set(readJsonFile(path, BaselineSchema, io, maxBytes).fingerprints);
}

/** The baseline that accepts every given conflict, fingerprints sorted so the file diffs cleanly. */
export function baselineOf(conflicts: readonly Conflict[]): Baseline {
  return { gainsay: 'baseline', version: 1, fingerprints: [...new Set(conflicts.map((c) => c.fingerprint))].sort() };
}

/** Conflicts with `known: true` where the baseline lists their fingerprint. */
export function markKnown<T extends Conflict>(conflicts: readonly T[], known: ReadonlySet<string>): T[] {
  return conflicts.map((c) => (known.has(c.fingerprint) ? { ...c, known: true } : c));
}
