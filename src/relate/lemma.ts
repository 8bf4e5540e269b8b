import { IRREGULAR_PARTICIPLES, IRREGULAR_PAST } from '../lexicon/irregular-verbs.js';
import { isVerbLemma } from './wordnet.js';

/**
 * Lemmas for alignment, after WordNet's morphy: strip an inflectional ending by its detachment rules and keep the
 * result only if WordNet has it as a verb (irregular forms from Quirk et al.'s list). Nouns have no shipped word
 * list, so a plural is undone by the first noun rule that fits.
 */

/** Morphy's verb detachment rules (wndb morphy(7WN)), plus the doubled consonant of "stopped", "planning". */
const VERB_RULES: readonly (readonly [string, string])[] = [
  ['ies', 'y'], ['es', 'e'], ['es', ''], ['s', ''], ['ied', 'y'], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', ''],
];
/** Morphy's noun rules, first match wins ("-ses" is left to "-s": "houses" is commoner than "buses"). */
const NOUN_RULES: readonly (readonly [string, string])[] = [
  ['ies', 'y'], ['xes', 'x'], ['zes', 'z'], ['ches', 'ch'], ['shes', 'sh'], ['men', 'man'], ['s', ''],
];
const DOUBLED = /([bdgklmnprt])\1$/;
/** Words ending in these are not plurals ("news", "crisis", "status"). */
const NOT_PLURAL = /(?:ss|us|is|news|ics)$/;
const MIN_STEM = 2;

/** British -ise spelling → the -ize lemma WordNet and the opposites list key on ("criticise" → criticize). */
function usSpelling(lemma: string): string {
  if (!lemma.endsWith('ise')) return lemma;
  const ize = `${lemma.slice(0, -3)}ize`;
  return isVerbLemma(ize) ? ize : lemma;
}

/** The verb lemma of an inflected form (-ize spelling), or undefined when no rule gives a WordNet verb. */
export function verbLemma(word: string): string | undefined {
  const known = verbLemmas.get(word);
  if (known !== undefined) return known ?? undefined;
  const spelt = verbLemmaAsSpelt(word);
  const lemma = spelt === undefined ? undefined : usSpelling(spelt);
  if (verbLemmas.size < MAX_REMEMBERED) verbLemmas.set(word, lemma ?? null);
  return lemma;
}

/** Lemmas by word (null: no verb), since every claim's words are lemmatised; bounded against a stream of distinct words. */
const verbLemmas = new Map<string, string | null>();
const MAX_REMEMBERED = 50_000;

function verbLemmaAsSpelt(word: string): string | undefined {
  const irregular = IRREGULAR_PAST[word] ?? IRREGULAR_PARTICIPLES[word];
  if (irregular) return irregular;
  if (isVerbLemma(word)) return word;
  for (const [suffix, ending] of VERB_RULES) {
    if (!word.endsWith(suffix)) continue;
    const stem = word.slice(0, -suffix.length);
    if (stem.length < MIN_STEM) continue;
    if (isVerbLemma(stem + ending)) return stem + ending;
    if ((suffix === 'ed' || suffix === 'ing') && DOUBLED.test(stem) && isVerbLemma(stem.slice(0, -1))) return stem.slice(0, -1);
  }
  return undefined;
}

/** The singular of a noun form by the first plural ending that fits ("countries" → country, "men" → man). */
export function nounLemma(word: string): string {
  if (NOT_PLURAL.test(word)) return word;
  for (const [suffix, ending] of NOUN_RULES) {
    if (word.endsWith(suffix) && word.length - suffix.length >= MIN_STEM) return word.slice(0, -suffix.length) + ending;
  }
  return word;
}
