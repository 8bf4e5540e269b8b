import { CENTRAL_DETERMINERS } from '../lexicon/grammar-words.js';
import { NEGATIVE_DETERMINERS } from '../lexicon/content-clauses.js';
import { hasTag, isNoun, type Term } from './terms.js';

/**
 * The head of a noun phrase a determiner opens, where the tagger read a word of it as a verb (noun-positions.ts asks):
 * the phrase's last word before a closing word, or a base form inside it.
 */

const DETERMINER = new Set(CENTRAL_DETERMINERS);
const NEGATIVE_DETERMINER: ReadonlySet<string> = new Set(NEGATIVE_DETERMINERS);
export const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);

export function isPastVerb(t: Term): boolean {
  return hasTag(t, 'Verb') && hasTag(t, 'PastTense') && !hasTag(t, 'Copula') && !hasTag(t, 'Auxiliary');
}

/** Words that close a noun phrase after its head. */
const CLOSING_TAGS = ['Preposition', 'Conjunction', 'Date'];

/**
 * "had no further comment", "gave a swift reply on Monday": inside a clause, a base form after a determiner and its
 * modifiers that closes the phrase (the clause ends, or a preposition, conjunction or date follows) is the phrase's
 * head; at the clause's start "the" + adjective may head the subject itself ("The poor suffer").
 */
export function headAfterModifiers(terms: readonly Term[], i: number): boolean {
  const t = terms[i]!;
  if (hasTag(t, 'PastTense') || hasTag(t, 'Gerund') || /(?:ing|ed)$/.test(t.lower)) return false;
  const next = terms[i + 1];
  if (next && !t.commaAfter && !CLOSING_TAGS.some((tag) => hasTag(next, tag))) return false;
  let k = i - 1;
  while (k >= 0 && !terms[k]!.commaAfter && (hasTag(terms[k], 'Adjective') || (hasTag(terms[k], 'Adverb') && !terms[k]!.lower.endsWith('ly')))) k--;
  if (k === i - 1 || k <= 0 || terms[k]!.commaAfter) return false;
  return DETERMINER.has(terms[k]!.lower) || NEGATIVE_DETERMINER.has(terms[k]!.lower);
}

/**
 * "The illuminated boat parade went ahead", "The new heron hide was opened": a base form after an article and its
 * adjectives or singular nouns stands inside the noun phrase the article opens (Quirk § 5.10: an article needs a head
 * noun, and a singular subject takes no bare verb form): before a noun it premodifies it, before "be", an auxiliary, a
 * modal or a past verb it is the phrase's head.
 */
export function baseFormInNounPhrase(terms: readonly Term[], i: number): 'modifier' | 'head' | undefined {
  const t = terms[i]!;
  // "The exercise involves soldiers": a third-person "-s" form agrees with a singular subject and is its verb.
  if (hasTag(t, 'PastTense') || hasTag(t, 'Gerund') || /(?:ing|ed|s)$/.test(t.lower) || t.commaAfter || t.capitalized) return undefined;
  if (!hasTag(t, 'Infinitive') && !hasTag(t, 'PresentTense')) return undefined;
  let k = i - 1;
  while (k > 0 && !terms[k]!.commaAfter && inPhraseBeforeHead(terms[k]!)) k--;
  if (k === i - 1 || k < 0 || terms[k]!.commaAfter || !ARTICLES.has(terms[k]!.lower)) return undefined;
  // "Farmers affected by the drought want compensation": a phrase after a preposition may end before the clause's verb,
  // unless a finite verb still follows ("The club's appeal for a new boat shed closed on Friday").
  if (hasTag(terms[k - 1], 'Preposition') && !terms.slice(i + 1).some((w) => isPastVerb(w) || hasTag(w, 'Modal') || hasTag(w, 'Copula'))) return undefined;
  const next = terms[i + 1];
  if (!next) return undefined;
  if (isNoun(next) && !hasTag(next, 'Pronoun') && !hasTag(next, 'Verb')) return 'modifier';
  const finite = hasTag(next, 'Copula') || hasTag(next, 'Auxiliary') || hasTag(next, 'Modal') || isPastVerb(next);
  return finite ? 'head' : undefined;
}

/** An adjective or a singular common noun: words of a noun phrase before its head. */
function inPhraseBeforeHead(t: Term): boolean {
  if (hasTag(t, 'Verb') || hasTag(t, 'Plural')) return false;
  return hasTag(t, 'Adjective') || (hasTag(t, 'Noun') && !hasTag(t, 'Pronoun') && !hasTag(t, 'ProperNoun'));
}

/**
 * "a farm's maize maze", "the club's record entry": a genitive noun determines the phrase after it (Quirk § 5.115), so a
 * base or present form right after it is a noun. Past and "-ing" forms are left alone: there "'s" may be "has" or "is"
 * ("the farm's closed", "the club's making a loss").
 */
export function baseFormAfterGenitive(terms: readonly Term[], i: number): boolean {
  const [before, t] = [terms[i - 1]!, terms[i]!];
  if (!hasTag(before, 'Possessive') || !hasTag(before, 'Noun') || hasTag(before, 'Pronoun') || !GENITIVE.test(before.lower)) return false;
  return (hasTag(t, 'Infinitive') || hasTag(t, 'PresentTense')) && !hasTag(t, 'PastTense') && !hasTag(t, 'Gerund') && !hasTag(t, 'Participle') && !hasTag(t, 'Copula') && !hasTag(t, 'Modal') && !hasTag(t, 'Auxiliary');
}
const GENITIVE = /\p{L}(?:['’]s|s['’])$/u;
