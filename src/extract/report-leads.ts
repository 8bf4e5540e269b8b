import type { Token } from '../segment/tokens.js';
import { REPORT_ADJECTIVES, REPORT_VOLITION_VERBS } from '../lexicon/attribution-cues.js';
import { BE_FORMS } from '../lexicon/grammar-words.js';

const ADJECTIVES: ReadonlySet<string> = new Set(REPORT_ADJECTIVES);
const VOLITION: ReadonlySet<string> = new Set(REPORT_VOLITION_VERBS);
const BE: ReadonlySet<string> = new Set([...BE_FORMS, "'re", '’re', "'m", '’m', 'am']);
/** A degree word between the copula and its adjective ("are very pleased to"). */
const DEGREE: ReadonlySet<string> = new Set(['very', 'so', 'really', 'extremely', 'deeply', 'truly', 'most', 'particularly']);

/**
 * Where the holder of a reporting verb ends when a to-infinitive frame stands before the verb: "We are delighted to
 * announce that …" (the copula of an emotive adjective, lexicon/attribution-cues.ts REPORT_ADJECTIVES), "The council
 * would like to confirm that …", "We wish to confirm …"; the verb's own index when there is none.
 */
export function reportLead(tokens: readonly Token[], verb: number): number {
  if (tokens[verb - 1]?.lower !== 'to') return verb;
  const word = tokens[verb - 2]?.lower ?? '';
  if (ADJECTIVES.has(word)) {
    const copula = DEGREE.has(tokens[verb - 3]?.lower ?? '') ? verb - 4 : verb - 3;
    return copula > 0 && BE.has(tokens[copula]!.lower) ? copula : verb;
  }
  if (VOLITION.has(word)) return tokens[verb - 3]?.lower === 'would' && verb - 3 > 0 ? verb - 3 : verb - 2 > 0 ? verb - 2 : verb;
  return verb;
}
