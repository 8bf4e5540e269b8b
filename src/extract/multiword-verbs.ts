import { OCCURRENCE_IDIOMS } from '../lexicon/light-verbs.js';
import type { Term } from './terms.js';

const IDIOMS: ReadonlySet<string> = new Set(OCCURRENCE_IDIOMS);

/**
 * Whether the verb at v opens an occurrence idiom with the bare noun right after it ("took place", not "took the
 * place of"): its subject is then what happens, as the subject of a passive is what is acted on.
 */
export function isOccurrenceIdiom(terms: readonly Term[], v: number): boolean {
  const next = terms[v + 1];
  return next !== undefined && IDIOMS.has(`${terms[v]!.root} ${next.lower}`);
}
