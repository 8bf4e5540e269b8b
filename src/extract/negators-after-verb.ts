import { LOCAL_NO_WORDS, NEGATIVE_OBJECT_WORDS } from '../lexicon/polarity-cues.js';
import { hasTag, type Term } from './terms.js';

// Negators that follow the verb they negate: a copula's own "not", and a negative word opening the object.

/** Negators that follow a copula (Quirk et al. 1985 § 10.54: "not" after the operator; "never" in its place). */
const AFTER_COPULA: ReadonlySet<string> = new Set(['not', "n't", 'never']);
/** Focusing adverbs after which "not" sets up an addition ("not only", "not just", "not merely"). */
const FOCUSING: ReadonlySet<string> = new Set(['only', 'just', 'merely', 'simply']);

/**
 * The negator right after a copula at `v`, past adverbs ("is still not safe" has "still" first): "The bridge is not
 * safe", "The minister was never present". A copula is its own operator, so its "not" follows it (Quirk et al. 1985
 * § 3.54), where the negator search before the verb does not look.
 */
export function copulaNegator(terms: readonly Term[], v: number, isCopula: (t: Term) => boolean): Term | undefined {
  const verb = terms[v];
  if (verb === undefined || !isCopula(verb)) return undefined;
  let i = v + 1;
  while (i < terms.length && hasTag(terms[i], 'Adverb') && !AFTER_COPULA.has(terms[i]!.lower) && !noLongerAt(terms, i)) i++;
  const t = terms[i];
  // "is not only cheaper but faster": a focusing "not only" adds, it does not deny (Quirk et al. 1985 § 8.116).
  // "was no longer on display": "no longer" is "not any longer" (Quirk et al. 1985 § 10.58, § 8.80).
  if (noLongerAt(terms, i)) return t;
  if (t === undefined || !AFTER_COPULA.has(t.lower) || FOCUSING.has(terms[i + 1]?.lower ?? '')) return undefined;
  return t;
}

/** "no longer" at k (a module-level function: under tsx a named inner arrow costs a defineProperty per call). */
function noLongerAt(terms: readonly Term[], k: number): boolean {
  return terms[k]?.lower === 'no' && terms[k + 1]?.lower === 'longer';
}

const NEGATIVE_OBJECT = new Set(NEGATIVE_OBJECT_WORDS);
const LOCAL_NO = new Set(LOCAL_NO_WORDS);
/** Particles of phrasal verbs that the tagger may read as prepositions ("turned up", "came across"). */
const PREPOSITION_PARTICLES = new Set(['up', 'out', 'down', 'off', 'across', 'away', 'back']);

/**
 * "reported no injuries", "found nothing", "hurt no one": a negative word opening the object negates the clause
 * (Quirk § 10.58); "no fewer than 300", "no doubt" do not.
 */
export function objectNegator(terms: readonly Term[], v: number): Term | undefined {
  let i = v + 1;
  // "turned up nothing": a particle or adverb may stand before the object.
  while (i < terms.length && (hasTag(terms[i], 'Adverb') || hasTag(terms[i], 'Particle') || PREPOSITION_PARTICLES.has(terms[i]!.lower)) && !NEGATIVE_OBJECT.has(terms[i]!.lower)) i++;
  const t = terms[i];
  if (!t || !NEGATIVE_OBJECT.has(t.lower)) return undefined;
  if (t.lower === 'no' && terms[i + 1]?.lower !== 'one' && (terms[i + 1] === undefined || LOCAL_NO.has(terms[i + 1]!.lower))) return undefined;
  return t;
}
