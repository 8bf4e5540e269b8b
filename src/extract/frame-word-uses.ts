import { ADJECTIVE_SUFFIXES, SEQUENCE_PREMODIFIERS } from '../lexicon/attribution-cues.js';
import { BE_FORMS, CENTRAL_DETERMINERS, PARTITIVE_QUANTIFIERS, PREPOSITIONS } from '../lexicon/grammar-words.js';
import { TENS_WORDS, UNIT_WORDS } from '../lexicon/number-words.js';
import { SIMPLE_PREPOSITIONS } from '../lexicon/simple-prepositions.js';
import type { Token } from '../segment/tokens.js';
import { CONFIRMING_VERBS, DENYING_VERBS } from '../lexicon/content-clauses.js';
import { contentNounClass } from './content-nouns.js';

// A reporting word's form is also a noun ("a report"), an adjective ("alleged abuses") or part of a name ("the
// Shining Path group"): in those uses it frames nothing (Quirk et al. 1985 §§ 7.15, 17.97–17.104).

const DETERMINER = new Set(CENTRAL_DETERMINERS);
const PREPOSITION = new Set(SIMPLE_PREPOSITIONS);
const SEQUENCE = new Set(SEQUENCE_PREMODIFIERS);
const BE = new Set(BE_FORMS);
const QUANTIFIER = new Set(PARTITIVE_QUANTIFIERS);
const ANY_PREPOSITION = new Set(PREPOSITIONS);
/** Premodifiers read between a determiner and a noun head: at most this many. */
const MAX_PREMODIFIERS = 2;
/** Share of capitalised words above which a clause is set in title case (a headline), where capitals mark no name. */
const TITLE_CASE_SHARE = 0.6;

const adjectiveShaped = (t: Token): boolean =>
  t.kind === 'word' && (SEQUENCE.has(t.lower) || ADJECTIVE_SUFFIXES.some((s) => t.lower.length > s.length + 2 && t.lower.endsWith(s)));

/**
 * "the US state of Oregon", "a claim that …", "a recent report from …": a base form after a determiner, directly,
 * through capitalised modifiers or through up to two adjective-shaped words, heads a noun phrase; a finite verb there
 * would be in "-s" or past form, and a plural subject ("The residents say") is no adjective.
 */
export function isNounHead(tokens: readonly Token[], v: number, lemma: string): boolean {
  if (tokens[v]!.lower !== lemma) return false;
  let k = v - 1;
  while (k > 0 && tokens[k]!.capitalized && tokens[k]!.kind === 'word' && !DETERMINER.has(tokens[k]!.lower)) k--;
  if (k === v - 1) while (k > 0 && k >= v - MAX_PREMODIFIERS && adjectiveShaped(tokens[k]!) && !DETERMINER.has(tokens[k]!.lower)) k--;
  if (!DETERMINER.has(tokens[k]!.lower)) return false;
  return k === v - 1 || tokens[v + 1]?.lower !== 'that';
}

/** Words before which an "-s" form is a plural noun: a determiner, a cardinal, or a quantifier that does not float. */
// "one" is left out: "no one suspects that …" has the verb.
const PLURAL_DETERMINERS = new Set([...CENTRAL_DETERMINERS, ...[...UNIT_WORDS.keys()].filter((w) => UNIT_WORDS.get(w)! > 1), ...TENS_WORDS.keys(), 'some', 'many', 'several', 'few', 'most', 'these', 'those', 'no', 'other']);
const CARDINAL = /^\d[\d,.]*$/;

/**
 * "Two suspects were detained", "Some reports said …", "The claims were false": an "-s" form right after a
 * determiner or a cardinal is a plural noun, since no finite verb follows a determiner (Quirk et al. 1985 § 5.10).
 * "all", "both" and "each" float after a subject ("it all suggests"), so they are left out. After a preposition too
 * ("aware of reports", "amid claims"): a preposition takes a noun phrase, never a finite verb (Quirk et al. 1985 § 9.1).
 */
export function isPluralAfterDeterminer(tokens: readonly Token[], v: number, lemma: string): boolean {
  const word = tokens[v]!.lower;
  const before = tokens[v - 1];
  // "42,000 claims": a figure is a number token, not a word, and counts the plural as a determiner does.
  if (word === lemma || !word.endsWith('s') || !before || (before.kind !== 'word' && before.kind !== 'number')) return false;
  // "The late shows have been scrapped": an auxiliary that agrees with a plural follows a plural subject, never a verb's "-s".
  if (PLURAL_AUXILIARIES.has(tokens[v + 1]?.lower ?? '')) return true;
  return PLURAL_DETERMINERS.has(before.lower) || CARDINAL.test(before.lower) || NOUN_PREPOSITIONS.has(before.lower);
}
const PLURAL_AUXILIARIES: ReadonlySet<string> = new Set(['have', 'are', 'were']);

/**
 * "received 42,000 claims", "The claims were rejected": the "-s" form of a hedging verb as a counted or determined
 * plural noun with no content clause after it names things and hedges nothing; "amid claims that …" (a preposition
 * before, or a "that" after) still reports what is claimed.
 */
export function isCountedPlural(tokens: readonly Token[], v: number): boolean {
  const before = tokens[v - 1];
  if (!before || tokens[v + 1]?.lower === 'that' || NOUN_PREPOSITIONS.has(before.lower)) return false;
  return isPluralAfterDeterminer(tokens, v, '');
}

/** Prepositions that are never a particle or subordinator before a plural noun of saying ("of reports", "despite claims"). */
const NOUN_PREPOSITIONS = new Set(['of', 'about', 'amid', 'amidst', 'despite', 'following', 'regarding', 'concerning', 'among', 'against']);

/**
 * "said in a statement that it had recalled the cars", "told reporters at a briefing that …": a content noun inside a
 * prepositional adjunct right after the verb is where the words were said, and the "that" opens the verb's own
 * clause (Quirk et al. 1985 § 16.31: an adjunct may stand between the verb and its that-clause).
 */
export function nounInAdjunct(tokens: readonly Token[], v: number, thatAt: number): boolean {
  // "in a report that was published …": a verb right after "that" makes it the noun's relative pronoun.
  const after = tokens[v + thatAt + 1]?.lower ?? '';
  return PREPOSITION.has(tokens[v + 1]?.lower ?? '') && !BE.has(after) && !RELATIVE_VERB_START.has(after) && !after.endsWith('ed');
}

const RELATIVE_VERB_START = new Set(['has', 'had', 'have', 'will', 'would', 'could', 'can', 'may', 'might', 'should']);

/**
 * "into alleged abuses", "the reported attack": an "-ed" form after a preposition or determiner, before a word,
 * modifies that word. "the Green State party": a capitalised form after a capitalised word, in a clause that is not
 * set in title case, is part of a name.
 */
export function frameWordElsewhere(tokens: readonly Token[], v: number): boolean {
  const [before, word, after] = [tokens[v - 1], tokens[v]!, tokens[v + 1]];
  if (!before || before.kind !== 'word') return false;
  if (word.lower.endsWith('ed') && after?.kind === 'word' && (PREPOSITION.has(before.lower) || DETERMINER.has(before.lower))) return true;
  return word.capitalized && before.capitalized && !titleCase(tokens);
}

function titleCase(tokens: readonly Token[]): boolean {
  const words = tokens.filter((t) => t.kind === 'word');
  return words.length > 0 && words.filter((t) => t.capitalized).length / words.length > TITLE_CASE_SHARE;
}

/** Finite and participle forms of the verbs that deny or confirm a content noun ("dismissed reports that …"), inflected regularly. */
const JUDGING_FORMS: ReadonlySet<string> = new Set([...DENYING_VERBS, ...CONFIRMING_VERBS].flatMap(regularForms));

function regularForms(verb: string): string[] {
  if (/[^aeiou]y$/.test(verb)) return [`${verb.slice(0, -1)}ied`, `${verb.slice(0, -1)}ies`];
  if (verb.endsWith('e')) return [`${verb}d`, `${verb}s`];
  // "dispelled", "rebutted": a final consonant may double before "-ed".
  return [`${verb}ed`, `${verb}${verb.at(-1)}ed`, /(?:s|sh|ch|x|z)$/.test(verb) ? `${verb}es` : `${verb}s`];
}

/**
 * "is facing claims that …", "amid reports that …", "the rumours that …": a form that is also a content noun is that
 * noun after a determiner, a possessive, a preposition or an "-ing" verb, never the verb of a frame.
 */
export function isContentNounUse(tokens: readonly Token[], v: number): boolean {
  const before = tokens[v - 1]!;
  const form = tokens[v]!.lower;
  if (contentNounClass(form) === undefined || before.kind !== 'word') return false;
  // "There are several rumours that …": a plural after a quantifier or "be" is the noun ("Some claim that …" is the verb).
  const plural = form.endsWith('s') && (BE.has(before.lower) || QUANTIFIER.has(before.lower));
  // "dismissed reports that …": right after a verb that denies or confirms its object, the word is that object; so it is
  // after that verb's "as" complement ("dismissed as false claims that …").
  const judged = JUDGING_FORMS.has(before.lower) || (tokens[v - 2]?.lower === 'as' && JUDGING_FORMS.has(tokens[v - 3]?.lower ?? ''));
  return plural || judged || DETERMINER.has(before.lower) || ANY_PREPOSITION.has(before.lower) || /['’]s$/.test(before.lower) || (before.lower.length > 4 && before.lower.endsWith('ing'));
}
