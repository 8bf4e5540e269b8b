import type { Term } from './terms.js';

/** "no doubt", "no question": a negated noun of doubting asserts what follows (Quirk § 8.127, "no doubt" as a disjunct). */
const DOUBT_NOUNS: ReadonlySet<string> = new Set(['doubt', 'question']);

/**
 * "There is no doubt that the talks failed", "will no doubt attend", "had no choice but to close": the "no" negates the
 * doubt or the other choices, not the verb.
 */
export function certaintyIdiom(terms: readonly Term[], negator: Term): boolean {
  if (negator.lower !== 'no') return false;
  const at = terms.indexOf(negator);
  // "had no choice but to raise the fee": exceptive "but" after a negative (Quirk § 9.58) asserts the one exception.
  return DOUBT_NOUNS.has(terms[at + 1]?.lower ?? '') || (terms[at + 2]?.lower === 'but' && terms[at + 3]?.lower === 'to');
}
