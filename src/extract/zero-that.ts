/** The zero that-clause (Quirk § 16.31): "admitted its vessel was not carrying …". */
import type { Token } from '../segment/tokens.js';

/** Finite auxiliaries and "be" forms that open a clause's verb group after its subject. */
const FINITE_AUXILIARIES = new Set(['was', 'were', 'is', 'are', 'had', 'has', 'would', 'will', 'could', 'can', 'did', 'does', 'should', 'might', 'may']);
/** A zero-that subject is at most this many words ("its vessel", "the two main opposition parties"). */
const MAX_ZERO_THAT_SUBJECT = 5;
const SUBJECT_OPENERS = new Set(['the', 'its', 'his', 'her', 'their', 'our', 'a', 'an', 'no', 'all', 'both']);

/** A subject noun phrase right after the verb, then a finite auxiliary: "… its vessel was …", "… the talks had …". */
export function zeroThatClause(tokens: readonly Token[], from: number): boolean {
  const first = tokens[from];
  if (!first || first.kind !== 'word' || !(SUBJECT_OPENERS.has(first.lower) || first.capitalized)) return false;
  for (let k = from + 1; k <= from + MAX_ZERO_THAT_SUBJECT && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (FINITE_AUXILIARIES.has(t.lower)) return true;
    if (t.kind !== 'word' || t.lower === 'that' || t.lower === 'and') return false;
  }
  return false;
}
