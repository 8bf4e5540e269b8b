import { nullPrototype } from '../model/records.js';
import { isVerbLemma } from '../relate/wordnet.js';
import nlp from 'compromise';
import { BE_FORMS } from '../lexicon/grammar-words.js';
import { irregularLemma } from './verb-forms.js';
import type { Term } from './terms.js';

const BE = new Set(BE_FORMS);
/** Forms of "have" and "do" that the quick tagger leaves as written. */
const HAVE_DO: Readonly<Record<string, string>> = nullPrototype({ has: 'have', had: 'have', having: 'have', does: 'do', did: 'do', doing: 'do' });
type Tense = 'PastTense' | 'Gerund' | 'PresentTense';
/** Inflected forms by their ending, with the tense compromise's conjugator reads them in. */
const INFLECTIONS: readonly (readonly [RegExp, Tense])[] = [
  [/^[a-z-]{3,}ed$/, 'PastTense'],
  [/^[a-z-]{3,}ing$/, 'Gerund'],
  [/^[a-z-]{3,}[^s']s$/, 'PresentTense'],
];
/** A lemma shorter than this is a stripped word, not a verb ("bed" → "b"). */
const MIN_LEMMA = 3;

interface VerbMethods {
  toInfinitive: (word: string, model: unknown, tense: Tense) => string;
  conjugate: (infinitive: string, model: unknown) => Partial<Record<Tense, string>>;
}
// Read-only use of compromise's conjugation model and lexicon; nothing global is changed.
const world = nlp.world() as unknown as {
  methods: { two: { transform: { verb: VerbMethods } } };
  model: { one: { lexicon: Record<string, string> }; two: { switches: Record<string, string> } };
};
const { toInfinitive, conjugate } = world.methods.two.transform.verb;
const LEXICON = world.model.one.lexicon;
/** Words compromise leaves to context, such as "Noun|Verb" for "leak" and "pay". */
const SWITCHES = world.model.two.switches;

/**
 * The dictionary form of the verb a clause is about. compromise gives a verb's root only where it tagged a verb:
 * a copula ("is"), a participle it read as an adjective ("released", "injured") or a progressive it read as a
 * noun ("assessing") keep their written form, so the ending is undone with compromise's own conjugation rules,
 * and kept only when conjugating the lemma back gives the written form ("need" is not "nee" + "-d").
 */
export function verbLemma(term: Pick<Term, 'lower' | 'root'>): string {
  const { lower, root } = term;
  if (BE.has(lower)) return 'be';
  const known = irregularLemma(lower) ?? HAVE_DO[lower];
  if (known) return known;
  const doubled = doubledL(lower, root);
  if (doubled) return doubled;
  if (root !== lower) return root;
  const inflection = INFLECTIONS.find(([ending]) => ending.test(lower));
  if (!inflection) return root;
  const tense = inflection[1];
  const lemma = toInfinitive(lower, world.model, tense);
  if (!lemma || lemma.length < MIN_LEMMA || lemma === lower || conjugate(lemma, world.model)[tense] !== lower) return root;
  const tag = LEXICON[lemma];
  // An "-s" or "-ing" form is a noun as often as a verb ("news", "evening"): its lemma must be no other known word.
  if (tense === 'PresentTense' && tag !== 'Infinitive') return root;
  if (tense === 'Gerund' && LEXICON[lower] !== 'Gerund' && (LEXICON[lower] !== undefined || (tag !== undefined && tag !== 'Infinitive'))) return root;
  return lemma;
}

/**
 * "refilled" → refill, "refuelled" → refuel: British spelling doubles a final "l" before "-ed" (Oxford spelling rules),
 * so the verb is read off the written form with its "ll" kept or undoubled, whichever WordNet lists as a verb, when the
 * tagger's root is not one.
 */
function doubledL(lower: string, root: string): string | undefined {
  if (!lower.endsWith('lled') || isVerbLemma(root)) return undefined;
  const [kept, undoubled] = [lower.slice(0, -2), lower.slice(0, -3)];
  return isVerbLemma(kept) ? kept : isVerbLemma(undoubled) ? undoubled : undefined;
}

/** "employs" → employ: the lemma of a third-person present form whose lemma compromise lists as a verb or not at all, else undefined. */
export function presentTenseLemma(lower: string): string | undefined {
  if (!/^[a-z-]{3,}s$/.test(lower)) return undefined;
  const lemma = toInfinitive(lower, world.model, 'PresentTense');
  const tag = lemma ? LEXICON[lemma] : undefined;
  return lemma && (tag === undefined || tag === 'Infinitive') && conjugate(lemma, world.model).PresentTense === lower ? lemma : undefined;
}

/** "summed" → sum, "put" → put: the lemma of a past-tense form of a verb WordNet lists, else undefined. */
export function pastTenseLemma(lower: string): string | undefined {
  if (!/^[a-z-]{2,}$/.test(lower)) return undefined;
  const lemma = irregularLemma(lower) ?? toInfinitive(lower, world.model, 'PastTense');
  return lemma && isVerbLemma(lemma) && conjugate(lemma, world.model).PastTense === lower ? lemma : undefined;
}

/** "taking" → true: an "-ing" form of a verb compromise lists, and no noun of its own ("wrongdoing", "meeting"). */
export function isVerbGerund(lower: string): boolean {
  if (!/^[a-z-]{3,}ing$/.test(lower) || (LEXICON[lower] ?? 'Gerund') !== 'Gerund') return false;
  const lemma = toInfinitive(lower, world.model, 'Gerund');
  return lemma !== undefined && LEXICON[lemma] === 'Infinitive' && conjugate(lemma, world.model).Gerund === lower;
}

/** "closing" → true: the "-ing" form of a verb, whatever else compromise lists it as; only context says it is a gerund. */
export function isVerbIngForm(lower: string): boolean {
  return ingFormLemma(lower) !== undefined;
}

/** "closing" → close: the verb of an "-ing" form where context says it is a gerund, else undefined. */
export function ingFormLemma(lower: string): string | undefined {
  if (!/^[a-z-]{3,}ing$/.test(lower)) return undefined;
  const lemma = toInfinitive(lower, world.model, 'Gerund');
  return lemma !== undefined && lemma !== lower && conjugate(lemma, world.model).Gerund === lower ? lemma : undefined;
}

/** "leaking" → true: an "-ing" form of a word compromise lists as noun or verb ("leak", "pay"); only context says which. */
export function isNounOrVerbGerund(lower: string): boolean {
  if (!/^[a-z-]{3,}ing$/.test(lower) || (LEXICON[lower] ?? 'Gerund') !== 'Gerund') return false;
  const lemma = toInfinitive(lower, world.model, 'Gerund');
  return lemma !== undefined && SWITCHES[lemma] === 'Noun|Verb' && conjugate(lemma, world.model).Gerund === lower;
}

const GERUND = /^[a-z-]{3,}ing$/;
const DOUBLED_END = /([b-df-hj-np-tv-z])\1$/;
/**
 * "is fining", "was cutting": an "-ing" form after a form of "be" is a progressive verb (Quirk et al. 1985 § 4.26), so
 * its lemma is a verb WordNet knows whose "-ing" form it is, though the word is also a noun ("closing") or the
 * conjugator undoes the ending wrongly ("fining" → "fin"). Undefined when no such verb is found.
 */
export function progressiveLemma(lower: string): string | undefined {
  if (!GERUND.test(lower)) return undefined;
  const stem = lower.slice(0, -3);
  const candidates = [toInfinitive(lower, world.model, 'Gerund'), `${stem}e`, stem, stem.replace(DOUBLED_END, '$1')];
  return candidates.find((c) => c !== undefined && c.length >= 2 && conjugate(c, world.model).Gerund === lower && isVerbLemma(c));
}
