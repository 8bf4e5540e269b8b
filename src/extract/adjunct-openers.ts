// Words that open an adjunct after a participle, whatever the tagger read them as (reduced relatives: verbs.ts).
import { SIMPLE_PREPOSITIONS } from '../lexicon/simple-prepositions.js';
import { ADVERBS_NEVER_NOUNS } from '../lexicon/wordnet-adverbs.js';
import { hasTag, type Term } from './terms.js';

const SIMPLE_PREPOSITION: ReadonlySet<string> = new Set(SIMPLE_PREPOSITIONS);
const ADVERB_NOT_NOUN: ReadonlySet<string> = new Set(ADVERBS_NEVER_NOUNS);

/**
 * "found on board", "linked to eggs", "stranded abroad": a word that is lexically a simple preposition (Quirk § 9.7)
 * or an adverb WordNet never lists as a noun opens an adjunct, not an object, whatever the tagger read it as; "to"
 * before a verb is an infinitive's ("agreed to end").
 */
export function opensAdjunct(terms: readonly Term[], i: number): boolean {
  const t = terms[i];
  if (!t || hasTag(t, 'Determiner')) return false;
  if (t.lower === 'to') return !hasTag(terms[i + 1], 'Verb') && !hasTag(terms[i + 1], 'Adverb');
  // "at least 30": a preposition the tagger read as an adverb is part of a quantifier, not an adjunct.
  if (SIMPLE_PREPOSITION.has(t.lower)) return !hasTag(t, 'Adverb');
  return ADVERB_NOT_NOUN.has(t.lower);
}
