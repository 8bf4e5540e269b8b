import { DEPICTION_NOUNS } from '../lexicon/depiction-nouns.js';
import { OBJECT_PRONOUNS } from '../lexicon/grammar-words.js';
import { POSSESSIVE_DETERMINERS } from '../lexicon/implicative-nouns.js';
import type { Term } from './terms.js';
import { isProgressive } from './verbs.js';

/**
 * An "-ing" verb whose subject is a pronoun in the objective or genitive case is nonfinite (Quirk et al. 1985
 * §§ 15.10–15.12): "the prospect of them winning the title", "Her leaving the club was a shock", "an image of her
 * making a peace sign". It is never the clause's verb; after a picture noun ("photo", "footage") it is what the picture
 * shows (a participial modifier of the pronoun).
 */
const OBJECT = new Set(OBJECT_PRONOUNS);
const POSSESSIVE = new Set(POSSESSIVE_DETERMINERS);
const DEPICTION = new Set(DEPICTION_NOUNS);

/** The "-ing" at v follows "of" and an object pronoun, or opens the clause after a possessive ("Her leaving …"). */
export function isPronounIng(terms: readonly Term[], v: number): boolean {
  if (v < 1 || !isProgressive(terms[v]!.lower)) return false;
  const pronoun = terms[v - 1]!.lower;
  if (pronoun.length === 0 || terms[v - 1]!.commaAfter) return false;
  return (OBJECT.has(pronoun) && terms[v - 2]?.lower === 'of') || (v === 1 && POSSESSIVE.has(pronoun));
}

/** "a photo of her holding a flag": the "-ing" at v tells what a picture noun before "of" and the pronoun shows. */
export function isPicturedIng(terms: readonly Term[], v: number): boolean {
  // Past the clause's second word only "of" and an object pronoun make isPronounIng hold.
  if (v < 3 || !isPronounIng(terms, v)) return false;
  const noun = terms[v - 3]!;
  return DEPICTION.has(noun.lower) || DEPICTION.has(noun.root) || DEPICTION.has(noun.lower.replace(/s$/, ''));
}
