import type { Term } from './terms.js';

/** Coordinators that join two clauses after a comma (Quirk et al. 1985 § 13.21, clausal coordination). */
const CLAUSE_COORDINATORS: ReadonlySet<string> = new Set(['and', 'but', 'or', 'yet']);

/**
 * The index of the last coordinator after a comma before the verb at `v` ("Safety is not negotiable, and we will
 * replace …"), or -1: what comes before it is another conjunct, whose negator is not this verb's.
 */
export function conjunctBefore(terms: readonly Term[], v: number): number {
  for (let i = v - 1; i > 0; i--) if (CLAUSE_COORDINATORS.has(terms[i]!.lower) && terms[i - 1]!.commaAfter) return i;
  return -1;
}
