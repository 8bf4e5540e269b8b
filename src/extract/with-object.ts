import { FULFILLING_VERBS } from '../lexicon/fulfilling-verbs.js';
import type { Range } from '../ingest/types.js';
import { themeAfter } from './theme.js';
import type { Term } from './terms.js';

const FULFILLING = new Set(FULFILLING_VERBS);

/**
 * "served the roastery with a notice", "was served with a notice": after a verb of fulfilling, the noun phrase of a
 * "with" that follows the object (or, in a passive, the verb) is the thing supplied, the theme; the object or the
 * passive subject is the recipient. `from` is the index of the first term after the object or the verb.
 */
export function suppliedWith(terms: readonly Term[], from: number, lemma: string): Range | undefined {
  if (!FULFILLING.has(lemma) || terms[from]?.lower !== 'with' || terms[from - 1]?.commaAfter) return undefined;
  return themeAfter(terms, from + 1);
}
