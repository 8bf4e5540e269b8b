import { FUNCTION_WORDS } from '../lexicon/function-words.js';
import { SUBJECT_PRONOUNS } from '../lexicon/grammar-words.js';
import type { Token } from '../segment/tokens.js';
import { agrees } from './clause-antecedents.js';

const PRONOUNS = new Set(SUBJECT_PRONOUNS);
const FUNCTION = new Set(FUNCTION_WORDS);

/**
 * "Morning show host Ann Lee left …": a reporting verb in its bare present form after a one-word singular subject with
 * no determiner breaks subject-verb concord (Quirk et al. 1985 § 10.34: a singular subject takes "shows"), so the
 * word is a noun inside a compound ("show" in "Morning show"), not a frame. Plurals ("Officials say", "Police say")
 * pronouns ("We say") and quantifiers ("Some claim", "Many believe") keep the frame.
 */
export function breaksConcord(holder: readonly Token[], verb: Token, lemma: string): boolean {
  if (holder.length !== 1 || verb.lower !== lemma || lemma.endsWith('s')) return false;
  const word = holder[0]!;
  return word.kind === 'word' && !PRONOUNS.has(word.lower) && !FUNCTION.has(word.lower) && !agrees('they', word.lower);
}
