import type { Range } from '../ingest/types.js';
import { isNominal, placeAppositive } from './noun-phrases.js';
import { hasTag, type Term } from './terms.js';
import { isBe } from './verbs.js';
import { irregularLemma } from './verb-forms.js';

/** Helpers shared by the clause splitters (adverbial, relative and content clauses): finite verbs, clause ends, ranges. */

export function isFinite(terms: readonly Term[], k: number): boolean {
  const t = terms[k]!;
  if (isBe(t) || hasTag(t, 'Modal') || hasTag(t, 'Auxiliary')) return true;
  if (hasTag(t, 'PastTense') || hasTag(t, 'PresentTense')) return !hasTag(t, 'Noun') || hasTag(t, 'Verb');
  return irregularLemma(t.lower) !== undefined && isNominal(terms[k - 1]!);
}

export function hasVerb(terms: readonly Term[]): boolean {
  return terms.some((t) => hasTag(t, 'Verb') || isBe(t) || irregularLemma(t.lower) !== undefined);
}

/** The last term of the clause opened at i: the term before the next comma (past place appositives), or the last term. */
export function clauseEndAfter(terms: readonly Term[], i: number): number {
  // "after the storm hit Tampa, Florida, on Monday": a place in apposition to the last name stays in the clause.
  for (let k = i + 1; k < terms.length; k++) if (terms[k]!.commaAfter && !placeAppositive(terms, k + 1, terms.length)) return datedPhraseEnd(terms, k);
  return terms.length - 1;
}

/**
 * "Before his capture near Lyon, in May 2010, the accountant …": a dated prepositional phrase between commas right
 * after the fronted clause dates that clause; the clause ends at its comma. Not when nothing follows it.
 */
function datedPhraseEnd(terms: readonly Term[], comma: number): number {
  const first = terms[comma + 1];
  if (!first || !hasTag(first, 'Preposition')) return comma;
  for (let k = comma + 1; k < terms.length - 1; k++) {
    if (!terms[k]!.commaAfter) continue;
    return terms.slice(comma + 2, k + 1).some((t) => hasTag(t, 'Date')) ? k : comma;
  }
  return comma;
}

export function rangesOf(terms: readonly Term[]): Range[] {
  const first = terms[0];
  const last = terms[terms.length - 1];
  return first && last ? [{ start: first.start, end: last.end }] : [];
}
