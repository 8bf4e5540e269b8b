import type { Range } from '../ingest/types.js';
import { nounPhraseAfter } from './noun-phrases.js';
import { hasTag, type Term } from './terms.js';

/** Words that may stand between a copula and its complement: negators and adverbs ("is no longer on display"). */
const BEFORE_COMPLEMENT: ReadonlySet<string> = new Set(['not', "n't", 'never', 'no', 'longer', 'still', 'now', 'again']);

/**
 * "The painting is (not) on display", "the station was off air": a copula's complement may be a prepositional
 * phrase (Quirk et al. 1985 § 16.26, adverbial complements of "be"): the preposition and its noun phrase, the
 * complement two claims about one subject are compared on. Undefined when no preposition follows.
 */
export function prepositionalComplement(terms: readonly Term[], from: number): Range | undefined {
  let i = from;
  while (i < terms.length && (BEFORE_COMPLEMENT.has(terms[i]!.lower) || hasTag(terms[i], 'Adverb'))) i++;
  const preposition = terms[i];
  if (preposition === undefined || !hasTag(preposition, 'Preposition') || preposition.commaAfter) return undefined;
  const object = nounPhraseAfter(terms, i + 1);
  if (object === undefined) return undefined;
  // "The meeting was on Monday", "was in Leeds": a date or a named place is the event's time or place, which the
  // temporal and location detectors compare, not a state of the subject.
  const words = terms.filter((t) => t.start >= object.start && t.end <= object.end);
  if (words.some((t) => hasTag(t, 'Date') || hasTag(t, 'Value') || hasTag(t, 'ProperNoun') || t.capitalized)) return undefined;
  return { start: preposition.start, end: object.end };
}
