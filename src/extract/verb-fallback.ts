import { CENTRAL_DETERMINERS } from '../lexicon/grammar-words.js';
import { IRREGULAR_PAST } from '../lexicon/irregular-verbs.js';
import { synonymGroups } from '../lexicon/synonyms.js';
import { isVerbLemma } from '../relate/wordnet.js';
import { verbLemma } from './lemma.js';
import { isNominal } from './noun-phrases.js';
import { isCompoundModifier } from './verbs.js';
import { hasTag, type Term } from './terms.js';

/**
 * A clause the tagger left without any verb ("Tarvik detains the monopoly" with "detains" read as a noun): a
 * declarative clause has one, and it follows its subject. The first word after the opening noun phrase that is no
 * name, number or function word and whose lemma WordNet lists (its `-s` / `-ed` / irregular form undone) is taken
 * as the verb, retagged; a fragment with no such word ("Flood damage in the old town") stays verbless.
 */

/** Tags of words that are never a clause's verb: names of numbers and dates, and function words. */
export const NOT_VERB_TAGS = ['Value', 'Date', 'Preposition', 'Determiner', 'Conjunction', 'Pronoun', 'Possessive', 'QuestionWord'];
const INFLECTED = /^[a-z]{3,}(?:s|ed)$/;

export interface VerbReading {
  index: number;
  term: Term;
  /** The word before the verb retagged as the subject's head noun, when the tagger read it as an adjective. */
  subjectHead?: Term;
  /** Where that head stands, when not right before the verb ("The cooperative also runs"). */
  subjectHeadIndex?: number;
  /** An adverb before the verb that the tagger read as an adjective ("The library still stands"), to retag. */
  adverbIndex?: number;
}

export function verbByPosition(terms: readonly Term[], start: number): VerbReading | undefined {
  const end = subjectEnd(terms, start);
  const i = pastModal(terms, end);
  const t = terms[i];
  if (i <= start || !t || t.capitalized || terms[i - 1]!.commaAfter || NOT_VERB_TAGS.some((tag) => hasTag(t, tag))) return undefined;
  // "Joan Rivers last show": an adjective is a verb only in a participle's form ("received" read as an adjective).
  if (hasTag(t, 'Adjective') && !/ed$/.test(t.lower)) return undefined;
  const lemma = lemmaOf(t);
  if (lemma === undefined || (synonymGroups(lemma).length === 0 && !(i > end && isVerbLemma(lemma)))) return undefined;
  const next = terms[i + 1];
  // A base form needs an object or a phrase after it ("forecast losses"); an inflected form may end the clause.
  if (lemma === t.lower && (!next || (!isNominal(next) && !hasTag(next, 'Determiner') && !hasTag(next, 'Value')))) return undefined;
  // "won't shutter the unit": after a modal the verb is a bare infinitive.
  if (i > end && lemma !== t.lower) return undefined;
  const tense = i > end ? 'Infinitive' : lemma === t.lower ? 'PastTense' : t.lower.endsWith('s') ? 'PresentTense' : 'PastTense';
  const reading: VerbReading = { index: i, term: { ...t, root: lemma, tags: new Set(['Verb', tense]) } };
  // "The firm cut …": the subject's last word, read as an adjective, is its head noun.
  const head = terms[i - 1]!;
  if (i === end && hasTag(head, 'Adjective') && !isNominal(head)) reading.subjectHead = { ...head, tags: new Set(['Noun', 'Singular']) };
  return reading;
}

/** Past a modal and the negator or adverbs after it ("won't", "would not quickly"): where its bare infinitive stands. */
function pastModal(terms: readonly Term[], i: number): number {
  if (!hasTag(terms[i], 'Modal')) return i;
  let k = i + 1;
  while (k < terms.length && !terms[k - 1]!.commaAfter && (hasTag(terms[k], 'Negative') || hasTag(terms[k], 'Adverb'))) k++;
  return terms[k - 1]!.commaAfter ? i : k;
}

/**
 * The index after the opening noun phrase: modifiers, names and nouns, with no comma inside. A central determiner
 * or a number after two lower-case words of the phrase ("The firm cut its staff", "firm" read as an adjective and "cut" as a noun)
 * opens a second noun phrase (Quirk § 5.10: a determiner stands first in its phrase): the word before it is where
 * the verb stands.
 */
function subjectEnd(terms: readonly Term[], start: number): number {
  let i = start;
  while (i < terms.length && !terms[i]!.commaAfter) {
    if (i > start + 1 && opensPhrase(terms[i]!) && isOpenWord(terms[i - 1]!) && isOpenWord(terms[i - 2]!)) return i - 1;
    if (!(isNominal(terms[i]!) || hasTag(terms[i], 'Adjective') || hasTag(terms[i], 'Determiner') || hasTag(terms[i], 'Possessive')) || (i > start && startsVerbLike(terms, i))) break;
    i++;
  }
  return terms[i - 1]?.commaAfter ? -1 : i;
}

const DETERMINERS: ReadonlySet<string> = new Set(CENTRAL_DETERMINERS);
/** A lower-case noun or adjective: a word of a noun phrase that a determiner cannot follow inside it. */
/** A determiner or a cardinal number ("cut 10 percent"): the first word of a noun phrase. */
const opensPhrase = (t: Term) => DETERMINERS.has(t.lower) || (hasTag(t, 'Cardinal') && !hasTag(t, 'Date'));
const isOpenWord = (t: Term) => !t.capitalized && !DETERMINERS.has(t.lower) && !hasTag(t, 'Possessive') && (isNominal(t) || hasTag(t, 'Adjective'));

/** Past the first word, a lower-case inflected word after a noun, or any lower-case word after a name, is where the verb may stand. */
function startsVerbLike(terms: readonly Term[], i: number): boolean {
  const t = terms[i]!;
  const before = terms[i - 1]!;
  if (t.capitalized || !(isNominal(before) || before.capitalized)) return false;
  // "Denver-based", "state-owned": the second half of a hyphenated compound modifies the noun after it.
  if (isCompoundModifier(terms, i)) return false;
  if (before.capitalized && hasTag(before, 'ProperNoun') && !hasTag(before, 'Possessive')) return true;
  return (INFLECTED.test(t.lower) || IRREGULAR_PAST[t.lower] !== undefined) && lemmaOf(t) !== t.lower;
}

/** A verb form's lemma: a listed irregular past, compromise's conjugation undone, or a regular ending undone by rule. */
export function lemmaOf(t: Term): string | undefined {
  const irregular = IRREGULAR_PAST[t.lower];
  if (irregular) return irregular;
  const lemma = verbLemma({ lower: t.lower, root: t.lower });
  if (lemma !== t.lower) return lemma;
  // compromise's conjugator refuses a lemma it does not know ("detains"): undo the ending by rule.
  for (const [ending, replace] of ENDINGS) if (ending.test(t.lower)) {
    const base = t.lower.replace(ending, replace);
    if (synonymGroups(base).length > 0 || isVerbLemma(base)) return base;
  }
  return t.lower;
}

/** Regular inflections (Quirk § 3.5): "-ies" → "-y", "-es" and "-s" dropped; "-ed" dropped, or "-d" after "e". */
const ENDINGS: readonly (readonly [RegExp, string])[] = [
  [/ies$/, 'y'], [/(?<=[sxz]|[cs]h)es$/, ''], [/s$/, ''], [/ied$/, 'y'], [/ed$/, 'e'], [/ed$/, ''], [/(.)\1ed$/, '$1'],
];
