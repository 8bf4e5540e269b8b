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

/** Relative pronouns' clauses are at most this many words before the verb group of the clause they sit in. */
const MAX_RELATIVE_WORDS = 8;
const OPENS_SUBJECT = new Set([...SUBJECT_OPENERS, 'i', 'you', 'he', 'she', 'it', 'we', 'they', 'this', 'these', 'those', 'there']);

/**
 * "said a compound that houses families was targeted": a noun phrase right after the verb (a determiner and at most
 * three words), then "that" with a verb after it rather than a subject, then a finite auxiliary: the "that" opens a
 * relative clause on the subject of a zero that-clause (Quirk § 17.14), not the reported clause. `thatAt` is the index
 * of the "that". Verbs that take an addressee before "that" ("warned the staff that …") are left to the caller.
 */
export function relativeThatSubject(tokens: readonly Token[], from: number, thatAt: number): boolean {
  const first = tokens[from];
  if (!first || first.kind !== 'word' || !SUBJECT_OPENERS.has(first.lower) || thatAt - from < 2 || thatAt - from > 4) return false;
  if (tokens.slice(from, thatAt).some((t) => t.kind !== 'word')) return false;
  const verb = tokens[thatAt + 1];
  if (!verb || verb.kind !== 'word' || verb.capitalized || OPENS_SUBJECT.has(verb.lower) || /^\d/.test(verb.lower)) return false;
  for (let k = thatAt + 3; k <= thatAt + 1 + MAX_RELATIVE_WORDS && k < tokens.length; k++) {
    if (FINITE_AUXILIARIES.has(tokens[k]!.lower)) return true;
    if (tokens[k]!.kind !== 'word' || tokens[k]!.lower === 'that') return false;
  }
  return false;
}
